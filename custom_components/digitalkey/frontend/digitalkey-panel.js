var ye=globalThis,fe=ye.ShadowRoot&&(ye.ShadyCSS===void 0||ye.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,lt=Symbol(),qt=new WeakMap,ie=class{constructor(n,e,t){if(this._$cssResult$=!0,t!==lt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=n,this.t=e}get styleSheet(){let n=this.o,e=this.t;if(fe&&n===void 0){let t=e!==void 0&&e.length===1;t&&(n=qt.get(e)),n===void 0&&((this.o=n=new CSSStyleSheet).replaceSync(this.cssText),t&&qt.set(e,n))}return n}toString(){return this.cssText}},Yt=o=>new ie(typeof o=="string"?o:o+"",void 0,lt),g=(o,...n)=>{let e=o.length===1?o[0]:n.reduce((t,s,r)=>t+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+o[r+1],o[0]);return new ie(e,o,lt)},Zt=(o,n)=>{if(fe)o.adoptedStyleSheets=n.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of n){let t=document.createElement("style"),s=ye.litNonce;s!==void 0&&t.setAttribute("nonce",s),t.textContent=e.cssText,o.appendChild(t)}},dt=fe?o=>o:o=>o instanceof CSSStyleSheet?(n=>{let e="";for(let t of n.cssRules)e+=t.cssText;return Yt(e)})(o):o;var{is:Es,defineProperty:Ds,getOwnPropertyDescriptor:js,getOwnPropertyNames:Ns,getOwnPropertySymbols:Ls,getPrototypeOf:As}=Object,_e=globalThis,Jt=_e.trustedTypes,Ps=Jt?Jt.emptyScript:"",Is=_e.reactiveElementPolyfillSupport,ae=(o,n)=>o,ct={toAttribute(o,n){switch(n){case Boolean:o=o?Ps:null;break;case Object:case Array:o=o==null?o:JSON.stringify(o)}return o},fromAttribute(o,n){let e=o;switch(n){case Boolean:e=o!==null;break;case Number:e=o===null?null:Number(o);break;case Object:case Array:try{e=JSON.parse(o)}catch{e=null}}return e}},Qt=(o,n)=>!Es(o,n),Xt={attribute:!0,type:String,converter:ct,reflect:!1,useDefault:!1,hasChanged:Qt};Symbol.metadata??=Symbol("metadata"),_e.litPropertyMetadata??=new WeakMap;var A=class extends HTMLElement{static addInitializer(n){this._$Ei(),(this.l??=[]).push(n)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(n,e=Xt){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(n)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(n,e),!e.noAccessor){let t=Symbol(),s=this.getPropertyDescriptor(n,t,e);s!==void 0&&Ds(this.prototype,n,s)}}static getPropertyDescriptor(n,e,t){let{get:s,set:r}=js(this.prototype,n)??{get(){return this[e]},set(a){this[e]=a}};return{get:s,set(a){let l=s?.call(this);r?.call(this,a),this.requestUpdate(n,l,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(n){return this.elementProperties.get(n)??Xt}static _$Ei(){if(this.hasOwnProperty(ae("elementProperties")))return;let n=As(this);n.finalize(),n.l!==void 0&&(this.l=[...n.l]),this.elementProperties=new Map(n.elementProperties)}static finalize(){if(this.hasOwnProperty(ae("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(ae("properties"))){let e=this.properties,t=[...Ns(e),...Ls(e)];for(let s of t)this.createProperty(s,e[s])}let n=this[Symbol.metadata];if(n!==null){let e=litPropertyMetadata.get(n);if(e!==void 0)for(let[t,s]of e)this.elementProperties.set(t,s)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let s=this._$Eu(e,t);s!==void 0&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(n){let e=[];if(Array.isArray(n)){let t=new Set(n.flat(1/0).reverse());for(let s of t)e.unshift(dt(s))}else n!==void 0&&e.push(dt(n));return e}static _$Eu(n,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof n=="string"?n.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(n=>this.enableUpdating=n),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(n=>n(this))}addController(n){(this._$EO??=new Set).add(n),this.renderRoot!==void 0&&this.isConnected&&n.hostConnected?.()}removeController(n){this._$EO?.delete(n)}_$E_(){let n=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(n.set(t,this[t]),delete this[t]);n.size>0&&(this._$Ep=n)}createRenderRoot(){let n=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Zt(n,this.constructor.elementStyles),n}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(n=>n.hostConnected?.())}enableUpdating(n){}disconnectedCallback(){this._$EO?.forEach(n=>n.hostDisconnected?.())}attributeChangedCallback(n,e,t){this._$AK(n,t)}_$ET(n,e){let t=this.constructor.elementProperties.get(n),s=this.constructor._$Eu(n,t);if(s!==void 0&&t.reflect===!0){let r=(t.converter?.toAttribute!==void 0?t.converter:ct).toAttribute(e,t.type);this._$Em=n,r==null?this.removeAttribute(s):this.setAttribute(s,r),this._$Em=null}}_$AK(n,e){let t=this.constructor,s=t._$Eh.get(n);if(s!==void 0&&this._$Em!==s){let r=t.getPropertyOptions(s),a=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:ct;this._$Em=s;let l=a.fromAttribute(e,r.type);this[s]=l??this._$Ej?.get(s)??l,this._$Em=null}}requestUpdate(n,e,t,s=!1,r){if(n!==void 0){let a=this.constructor;if(s===!1&&(r=this[n]),t??=a.getPropertyOptions(n),!((t.hasChanged??Qt)(r,e)||t.useDefault&&t.reflect&&r===this._$Ej?.get(n)&&!this.hasAttribute(a._$Eu(n,t))))return;this.C(n,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(n,e,{useDefault:t,reflect:s,wrapped:r},a){t&&!(this._$Ej??=new Map).has(n)&&(this._$Ej.set(n,a??e??this[n]),r!==!0||a!==void 0)||(this._$AL.has(n)||(this.hasUpdated||t||(e=void 0),this._$AL.set(n,e)),s===!0&&this._$Em!==n&&(this._$Eq??=new Set).add(n))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let n=this.scheduleUpdate();return n!=null&&await n,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[s,r]of this._$Ep)this[s]=r;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[s,r]of t){let{wrapped:a}=r,l=this[s];a!==!0||this._$AL.has(s)||l===void 0||this.C(s,void 0,r,l)}}let n=!1,e=this._$AL;try{n=this.shouldUpdate(e),n?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw n=!1,this._$EM(),t}n&&this._$AE(e)}willUpdate(n){}_$AE(n){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(n)),this.updated(n)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(n){return!0}update(n){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(n){}firstUpdated(n){}};A.elementStyles=[],A.shadowRootOptions={mode:"open"},A[ae("elementProperties")]=new Map,A[ae("finalized")]=new Map,Is?.({ReactiveElement:A}),(_e.reactiveElementVersions??=[]).push("2.1.2");var vt=globalThis,en=o=>o,be=vt.trustedTypes,tn=be?be.createPolicy("lit-html",{createHTML:o=>o}):void 0,ln="$lit$",M=`lit$${Math.random().toFixed(9).slice(2)}$`,dn="?"+M,Rs=`<${dn}>`,G=document,de=()=>G.createComment(""),ce=o=>o===null||typeof o!="object"&&typeof o!="function",yt=Array.isArray,Cs=o=>yt(o)||typeof o?.[Symbol.iterator]=="function",ht=`[ 	
\f\r]`,le=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,nn=/-->/g,sn=/>/g,K=RegExp(`>|${ht}(?:([^\\s"'>=/]+)(${ht}*=${ht}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),rn=/'/g,on=/"/g,cn=/^(?:script|style|textarea|title)$/i,ft=o=>(n,...e)=>({_$litType$:o,strings:n,values:e}),i=ft(1),j=ft(2),uo=ft(3),W=Symbol.for("lit-noChange"),d=Symbol.for("lit-nothing"),an=new WeakMap,F=G.createTreeWalker(G,129);function hn(o,n){if(!yt(o)||!o.hasOwnProperty("raw"))throw Error("invalid template strings array");return tn!==void 0?tn.createHTML(n):n}var Ms=(o,n)=>{let e=o.length-1,t=[],s,r=n===2?"<svg>":n===3?"<math>":"",a=le;for(let l=0;l<e;l++){let c=o[l],h,u,p=-1,k=0;for(;k<c.length&&(a.lastIndex=k,u=a.exec(c),u!==null);)k=a.lastIndex,a===le?u[1]==="!--"?a=nn:u[1]!==void 0?a=sn:u[2]!==void 0?(cn.test(u[2])&&(s=RegExp("</"+u[2],"g")),a=K):u[3]!==void 0&&(a=K):a===K?u[0]===">"?(a=s??le,p=-1):u[1]===void 0?p=-2:(p=a.lastIndex-u[2].length,h=u[1],a=u[3]===void 0?K:u[3]==='"'?on:rn):a===on||a===rn?a=K:a===nn||a===sn?a=le:(a=K,s=void 0);let T=a===K&&o[l+1].startsWith("/>")?" ":"";r+=a===le?c+Rs:p>=0?(t.push(h),c.slice(0,p)+ln+c.slice(p)+M+T):c+M+(p===-2?l:T)}return[hn(o,r+(o[e]||"<?>")+(n===2?"</svg>":n===3?"</math>":"")),t]},he=class o{constructor({strings:n,_$litType$:e},t){let s;this.parts=[];let r=0,a=0,l=n.length-1,c=this.parts,[h,u]=Ms(n,e);if(this.el=o.createElement(h,t),F.currentNode=this.el.content,e===2||e===3){let p=this.el.content.firstChild;p.replaceWith(...p.childNodes)}for(;(s=F.nextNode())!==null&&c.length<l;){if(s.nodeType===1){if(s.hasAttributes())for(let p of s.getAttributeNames())if(p.endsWith(ln)){let k=u[a++],T=s.getAttribute(p).split(M),V=/([.?@])?(.*)/.exec(k);c.push({type:1,index:r,name:V[2],strings:T,ctor:V[1]==="."?pt:V[1]==="?"?gt:V[1]==="@"?mt:X}),s.removeAttribute(p)}else p.startsWith(M)&&(c.push({type:6,index:r}),s.removeAttribute(p));if(cn.test(s.tagName)){let p=s.textContent.split(M),k=p.length-1;if(k>0){s.textContent=be?be.emptyScript:"";for(let T=0;T<k;T++)s.append(p[T],de()),F.nextNode(),c.push({type:2,index:++r});s.append(p[k],de())}}}else if(s.nodeType===8)if(s.data===dn)c.push({type:2,index:r});else{let p=-1;for(;(p=s.data.indexOf(M,p+1))!==-1;)c.push({type:7,index:r}),p+=M.length-1}r++}}static createElement(n,e){let t=G.createElement("template");return t.innerHTML=n,t}};function J(o,n,e=o,t){if(n===W)return n;let s=t!==void 0?e._$Co?.[t]:e._$Cl,r=ce(n)?void 0:n._$litDirective$;return s?.constructor!==r&&(s?._$AO?.(!1),r===void 0?s=void 0:(s=new r(o),s._$AT(o,e,t)),t!==void 0?(e._$Co??=[])[t]=s:e._$Cl=s),s!==void 0&&(n=J(o,s._$AS(o,n.values),s,t)),n}var ut=class{constructor(n,e){this._$AV=[],this._$AN=void 0,this._$AD=n,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(n){let{el:{content:e},parts:t}=this._$AD,s=(n?.creationScope??G).importNode(e,!0);F.currentNode=s;let r=F.nextNode(),a=0,l=0,c=t[0];for(;c!==void 0;){if(a===c.index){let h;c.type===2?h=new ue(r,r.nextSibling,this,n):c.type===1?h=new c.ctor(r,c.name,c.strings,this,n):c.type===6&&(h=new kt(r,this,n)),this._$AV.push(h),c=t[++l]}a!==c?.index&&(r=F.nextNode(),a++)}return F.currentNode=G,s}p(n){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(n,t,e),e+=t.strings.length-2):t._$AI(n[e])),e++}},ue=class o{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(n,e,t,s){this.type=2,this._$AH=d,this._$AN=void 0,this._$AA=n,this._$AB=e,this._$AM=t,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let n=this._$AA.parentNode,e=this._$AM;return e!==void 0&&n?.nodeType===11&&(n=e.parentNode),n}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(n,e=this){n=J(this,n,e),ce(n)?n===d||n==null||n===""?(this._$AH!==d&&this._$AR(),this._$AH=d):n!==this._$AH&&n!==W&&this._(n):n._$litType$!==void 0?this.$(n):n.nodeType!==void 0?this.T(n):Cs(n)?this.k(n):this._(n)}O(n){return this._$AA.parentNode.insertBefore(n,this._$AB)}T(n){this._$AH!==n&&(this._$AR(),this._$AH=this.O(n))}_(n){this._$AH!==d&&ce(this._$AH)?this._$AA.nextSibling.data=n:this.T(G.createTextNode(n)),this._$AH=n}$(n){let{values:e,_$litType$:t}=n,s=typeof t=="number"?this._$AC(n):(t.el===void 0&&(t.el=he.createElement(hn(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===s)this._$AH.p(e);else{let r=new ut(s,this),a=r.u(this.options);r.p(e),this.T(a),this._$AH=r}}_$AC(n){let e=an.get(n.strings);return e===void 0&&an.set(n.strings,e=new he(n)),e}k(n){yt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,s=0;for(let r of n)s===e.length?e.push(t=new o(this.O(de()),this.O(de()),this,this.options)):t=e[s],t._$AI(r),s++;s<e.length&&(this._$AR(t&&t._$AB.nextSibling,s),e.length=s)}_$AR(n=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);n!==this._$AB;){let t=en(n).nextSibling;en(n).remove(),n=t}}setConnected(n){this._$AM===void 0&&(this._$Cv=n,this._$AP?.(n))}},X=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(n,e,t,s,r){this.type=1,this._$AH=d,this._$AN=void 0,this.element=n,this.name=e,this._$AM=s,this.options=r,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=d}_$AI(n,e=this,t,s){let r=this.strings,a=!1;if(r===void 0)n=J(this,n,e,0),a=!ce(n)||n!==this._$AH&&n!==W,a&&(this._$AH=n);else{let l=n,c,h;for(n=r[0],c=0;c<r.length-1;c++)h=J(this,l[t+c],e,c),h===W&&(h=this._$AH[c]),a||=!ce(h)||h!==this._$AH[c],h===d?n=d:n!==d&&(n+=(h??"")+r[c+1]),this._$AH[c]=h}a&&!s&&this.j(n)}j(n){n===d?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,n??"")}},pt=class extends X{constructor(){super(...arguments),this.type=3}j(n){this.element[this.name]=n===d?void 0:n}},gt=class extends X{constructor(){super(...arguments),this.type=4}j(n){this.element.toggleAttribute(this.name,!!n&&n!==d)}},mt=class extends X{constructor(n,e,t,s,r){super(n,e,t,s,r),this.type=5}_$AI(n,e=this){if((n=J(this,n,e,0)??d)===W)return;let t=this._$AH,s=n===d&&t!==d||n.capture!==t.capture||n.once!==t.once||n.passive!==t.passive,r=n!==d&&(t===d||s);s&&this.element.removeEventListener(this.name,this,t),r&&this.element.addEventListener(this.name,this,n),this._$AH=n}handleEvent(n){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,n):this._$AH.handleEvent(n)}},kt=class{constructor(n,e,t){this.element=n,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(n){J(this,n)}};var Os=vt.litHtmlPolyfillSupport;Os?.(he,ue),(vt.litHtmlVersions??=[]).push("3.3.3");var un=(o,n,e)=>{let t=e?.renderBefore??n,s=t._$litPart$;if(s===void 0){let r=e?.renderBefore??null;t._$litPart$=s=new ue(n.insertBefore(de(),r),r,void 0,e??{})}return s._$AI(o),s};var _t=globalThis,_=class extends A{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let n=super.createRenderRoot();return this.renderOptions.renderBefore??=n.firstChild,n}update(n){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(n),this._$Do=un(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return W}};_._$litElement$=!0,_.finalized=!0,_t.litElementHydrateSupport?.({LitElement:_});var Bs=_t.litElementPolyfillSupport;Bs?.({LitElement:_});(_t.litElementVersions??=[]).push("4.2.2");var pn={"batt.nav":"Batterier","batt.title":"Batterier","batt.copy":"Kopiér som tekst","batt.csv":"Download CSV","batt.downloaded":"CSV-filen er downloadet.","batt.copied":"Rapporten er kopieret.","batt.copy_failed":"Browseren tillod ikke kopiering. Download CSV-filen i stedet.","batt.threshold":"Grænse (%)","batt.only_low":"Kun på eller under grænsen","batt.count":"{low} af {count} døre på eller under {threshold} %","batt.none":"Ingen dør er på eller under {threshold} %.","batt.no_doors":"Ingen dør har meldt sit batteri endnu.","batt.unknown":"ukendt","batt.volts":"{volts} V","batt.col.door":"Dør","batt.col.address":"Adresse","batt.col.battery":"Batteri","batt.col.voltage":"Spænding","batt.col.changed":"Skiftet","batt.col.days_since":"Dage siden","batt.col.days_left":"Dage tilbage","batt.col.last_contact":"Sidste kontakt","batt.col.status":"Status","batt.col.actions":"Handlinger","batt.source.detected":"fundet automatisk","batt.source.manual":"angivet manuelt","batt.status.dead":"Sandsynligvis fladt","batt.status.silent":"Ikke hørt","batt.status.low":"Lavt","batt.status.ok":"OK","batt.record":"Batteri skiftet…","batt.change.title":"Batteri skiftet: {door}","batt.change.text":"Hvornår blev batteriet i {door} skiftet?","batt.change.when":"Skiftet","batt.change.hint":"Dage siden skiftet og skønnet over dage tilbage regnes fra dette tidspunkt. Enheden aflæses igen om lidt, så det nye niveau vises.","batt.change.confirm":"Registrér skiftet","batt.change.pick_time":"Vælg dato og klokkeslæt for skiftet.","batt.change.future":"Skiftet kan ikke ligge i fremtiden.","batt.change.done":"Batteriskift registreret for {door}.","batt.csv.door":"Dør","batt.csv.address":"Adresse","batt.csv.battery":"Batteri (%)","batt.csv.voltage":"Spænding (V)","batt.csv.changed":"Skiftet","batt.csv.change_source":"Skift registreret","batt.csv.days_since_change":"Dage siden skift","batt.csv.days_left":"Dage tilbage","batt.csv.last_contact":"Sidste kontakt","batt.csv.status":"Status","batt.door.days_left":"Ca. {count} dage tilbage","batt.door.days_left_one":"Ca. {count} dag tilbage","batt.door.dead":"Batteriet er sandsynligvis fladt: ikke hørt i over en time"};var gn={"batt.nav":"Batteries","batt.title":"Batteries","batt.copy":"Copy as text","batt.csv":"Download CSV","batt.downloaded":"The CSV file is downloaded.","batt.copied":"The report is copied.","batt.copy_failed":"The browser did not allow copying. Download the CSV file instead.","batt.threshold":"Threshold (%)","batt.only_low":"Only at or below the threshold","batt.count":"{low} of {count} doors at or below {threshold} %","batt.none":"No door is at or below {threshold} %.","batt.no_doors":"No door has reported its battery yet.","batt.unknown":"unknown","batt.volts":"{volts} V","batt.col.door":"Door","batt.col.address":"Address","batt.col.battery":"Battery","batt.col.voltage":"Voltage","batt.col.changed":"Changed","batt.col.days_since":"Days since","batt.col.days_left":"Days left","batt.col.last_contact":"Last contact","batt.col.status":"Status","batt.col.actions":"Actions","batt.source.detected":"detected","batt.source.manual":"by hand","batt.status.dead":"Probably dead","batt.status.silent":"Not heard","batt.status.low":"Low","batt.status.ok":"OK","batt.record":"Battery changed…","batt.change.title":"Battery changed: {door}","batt.change.text":"When was the battery of {door} changed?","batt.change.when":"Changed at","batt.change.hint":"Days since the change and the estimate of days left count from this time. The unit is read again shortly, so its new level shows.","batt.change.confirm":"Record the change","batt.change.pick_time":"Pick the date and time of the change.","batt.change.future":"The change cannot be in the future.","batt.change.done":"Battery change recorded for {door}.","batt.csv.door":"Door","batt.csv.address":"Address","batt.csv.battery":"Battery (%)","batt.csv.voltage":"Voltage (V)","batt.csv.changed":"Changed","batt.csv.change_source":"Change recorded","batt.csv.days_since_change":"Days since change","batt.csv.days_left":"Days left","batt.csv.last_contact":"Last contact","batt.csv.status":"Status","batt.door.days_left":"About {count} days left","batt.door.days_left_one":"About {count} day left","batt.door.dead":"Battery probably dead: not heard for over an hour"};var mn={"batt.nav":"Batterier","batt.title":"Batterier","batt.copy":"Kopier som tekst","batt.csv":"Last ned CSV","batt.downloaded":"CSV-filen er lastet ned.","batt.copied":"Rapporten er kopiert.","batt.copy_failed":"Nettleseren tillot ikke kopiering. Last ned CSV-filen i stedet.","batt.threshold":"Terskel (%)","batt.only_low":"Bare på eller under terskelen","batt.count":"{low} av {count} dører på eller under {threshold} %","batt.none":"Ingen dør er på eller under {threshold} %.","batt.no_doors":"Ingen dør har rapportert batteriet sitt ennå.","batt.unknown":"ukjent","batt.volts":"{volts} V","batt.col.door":"Dør","batt.col.address":"Adresse","batt.col.battery":"Batteri","batt.col.voltage":"Spenning","batt.col.changed":"Byttet","batt.col.days_since":"Dager siden","batt.col.days_left":"Dager igjen","batt.col.last_contact":"Sist kontakt","batt.col.status":"Status","batt.col.actions":"Handlinger","batt.source.detected":"oppdaget","batt.source.manual":"for hånd","batt.status.dead":"Trolig tomt","batt.status.silent":"Ikke hørt","batt.status.low":"Lavt","batt.status.ok":"OK","batt.record":"Batteri byttet…","batt.change.title":"Batteri byttet: {door}","batt.change.text":"Når ble batteriet i {door} byttet?","batt.change.when":"Byttet","batt.change.hint":"Dager siden byttet og anslaget over dager igjen regnes fra dette tidspunktet. Enheten leses av igjen om litt, så det nye nivået vises.","batt.change.confirm":"Registrer byttet","batt.change.pick_time":"Velg dato og klokkeslett for byttet.","batt.change.future":"Byttet kan ikke være fram i tid.","batt.change.done":"Batteribytte registrert for {door}.","batt.csv.door":"Dør","batt.csv.address":"Adresse","batt.csv.battery":"Batteri (%)","batt.csv.voltage":"Spenning (V)","batt.csv.changed":"Byttet","batt.csv.change_source":"Bytte registrert","batt.csv.days_since_change":"Dager siden bytte","batt.csv.days_left":"Dager igjen","batt.csv.last_contact":"Sist kontakt","batt.csv.status":"Status","batt.door.days_left":"Omtrent {count} dager igjen","batt.door.days_left_one":"Omtrent {count} dag igjen","batt.door.dead":"Batteriet er trolig tomt: ikke hørt på over en time"};var kn={"batt.nav":"Batterijen","batt.title":"Batterijen","batt.copy":"Kopiëren als tekst","batt.csv":"CSV downloaden","batt.downloaded":"Het CSV-bestand is gedownload.","batt.copied":"Het rapport is gekopieerd.","batt.copy_failed":"De browser stond kopiëren niet toe. Download in plaats daarvan het CSV-bestand.","batt.threshold":"Drempel (%)","batt.only_low":"Alleen op of onder de drempel","batt.count":"{low} van {count} deuren op of onder {threshold} %","batt.none":"Geen enkele deur staat op of onder {threshold} %.","batt.no_doors":"Nog geen enkele deur heeft zijn batterij gemeld.","batt.unknown":"onbekend","batt.volts":"{volts} V","batt.col.door":"Deur","batt.col.address":"Adres","batt.col.battery":"Batterij","batt.col.voltage":"Spanning","batt.col.changed":"Vervangen","batt.col.days_since":"Dagen sinds","batt.col.days_left":"Dagen over","batt.col.last_contact":"Laatste contact","batt.col.status":"Status","batt.col.actions":"Acties","batt.source.detected":"automatisch herkend","batt.source.manual":"handmatig","batt.status.dead":"Waarschijnlijk leeg","batt.status.silent":"Niet gehoord","batt.status.low":"Laag","batt.status.ok":"OK","batt.record":"Batterij vervangen…","batt.change.title":"Batterij vervangen: {door}","batt.change.text":"Wanneer is de batterij van {door} vervangen?","batt.change.when":"Vervangen op","batt.change.hint":"Dagen sinds de vervanging en de schatting van de resterende dagen tellen vanaf dit moment. Het apparaat wordt zo meteen opnieuw uitgelezen, zodat het nieuwe niveau verschijnt.","batt.change.confirm":"Vervanging vastleggen","batt.change.pick_time":"Kies de datum en tijd van de vervanging.","batt.change.future":"De vervanging kan niet in de toekomst liggen.","batt.change.done":"Batterijvervanging vastgelegd voor {door}.","batt.csv.door":"Deur","batt.csv.address":"Adres","batt.csv.battery":"Batterij (%)","batt.csv.voltage":"Spanning (V)","batt.csv.changed":"Vervangen","batt.csv.change_source":"Vervanging vastgelegd","batt.csv.days_since_change":"Dagen sinds vervanging","batt.csv.days_left":"Dagen over","batt.csv.last_contact":"Laatste contact","batt.csv.status":"Status","batt.door.days_left":"Nog ongeveer {count} dagen","batt.door.days_left_one":"Nog ongeveer {count} dag","batt.door.dead":"Batterij waarschijnlijk leeg: al meer dan een uur niet gehoord"};var vn={"common.loading":"Indlæser …","common.error":"Noget gik galt: {message}"};var yn={"common.loading":"Loading…","common.error":"Something went wrong: {message}"};var fn={"common.loading":"Laster …","common.error":"Noe gikk galt: {message}"};var _n={"common.loading":"Laden…","common.error":"Er ging iets mis: {message}"};var bn={"cc.title":"Digital Key","cc.menu":"Menu","cc.nav.label":"Sider","cc.nav.overview":"Oversigt","cc.nav.bundles":"Nøglebundter","cc.nav.import":"Import","cc.nav.events":"Hændelseslog","cc.nav.access":"Adgangstjek","cc.loading":"Indlæser …","cc.cancel":"Annuller","cc.save":"Gem","cc.edit":"Rediger","cc.remove":"Fjern","cc.done":"Færdig","cc.copy":"Kopiér","cc.copied":"Kopieret.","cc.yes":"Ja","cc.no":"Nej","cc.actions":"Handlinger","cc.role.owner":"Ejer","cc.role.tenant":"Lejer","cc.role.board":"Bestyrelsesmedlem","cc.role.caretaker":"Vicevært","cc.role.service_provider":"Serviceleverandør","cc.language.en":"Engelsk","cc.language.nb":"Norsk (bokmål)","cc.language.da":"Dansk","cc.language.nl":"Nederlandsk","cc.lock.locked":"Låst","cc.lock.unlocked":"Ulåst","cc.lock.locking":"Låser","cc.lock.unlocking":"Låser op","cc.lock.open":"Åben","cc.lock.opening":"Åbner","cc.lock.jammed":"Blokeret","cc.lock.unavailable":"Ikke tilgængelig","cc.lock.unknown":"Ukendt tilstand","cc.battery.label":"Batteri","cc.battery.level":"Batteri {level}","cc.battery.critical":"Batteri {level} – skift nu","cc.battery.critical_hint":"Batteriet er næsten fladt: skift det, før døren holder op med at svare.","cc.battery.none":"Ikke meldt endnu","cc.sync.in_sync":"Synkroniseret","cc.sync.pending":"Afventer ({count})","cc.sync.pending_hint":"{count} ændringer af pinkoder og brikker venter på at nå denne dør.","cc.sync.failed":"Synkronisering mislykkedes","cc.sync.failed_since":"Mislykket siden {time}","cc.sync.last_synced":"Sidst synkroniseret {time}","cc.sync.pending_since":"Afventer siden {time}","cc.sync_reason.unreachable":"Døren kunne ikke nås over Bluetooth.","cc.sync_reason.busy":"Dørenheden var optaget af en anden controller.","cc.sync_reason.conflict":"Dørenhedens liste blev ved med at ændre sig under synkroniseringen (skriver en anden hub til den?).","cc.sync_reason.unit_full":"Døren har flere pinkoder og brikker, end enheden kan rumme.","cc.sync_reason.not_paired":"Dørenheden kender ikke længere denne hub: se Reparationer.","cc.sync_reason.unknown":"Seneste synkronisering mislykkedes.","cc.sync.unknown":"Synkronisering ukendt","cc.window.always":"Uden slutdato","cc.window.from":"Fra {from}","cc.window.until":"Til {until}","cc.window.between":"{from} – {until}","cc.overview.doors":"Døre","cc.overview.people":"Personer","cc.overview.no_doors":"Ingen døre endnu. Tilføj en dørenhed under Indstillinger → Enheder og tjenester → Digital Key.","cc.overview.no_people":"Ingen personer endnu. Tilføj en, eller importér beboerlisten.","cc.overview.no_match":"Ingen match.","cc.overview.add_person":"Tilføj person","cc.overview.search":"Søg efter personer","cc.overview.search_placeholder":"Navn, bolig eller telefon","cc.overview.any_role":"Alle roller","cc.overview.any_entrance":"Alle opgange","cc.overview.filter_no_consent":"Uden samtykke","cc.overview.filter_no_user":"Uden tilknyttet bruger","cc.overview.filter_at_limit":"Delinger ved grænsen","cc.overview.count":"{count} personer","cc.overview.count_filtered":"{count} af {total} personer","cc.overview.showing":"Viser {shown} af {count}","cc.overview.show_more":"Vis {count} mere","cc.overview.keys":"{count} nøgler","cc.overview.keys_hint":"Døre, personen har nøgle til","cc.overview.shares":"{count} delt","cc.overview.shares_hint":"Aktive nøgler, personen har delt","cc.overview.at_limit":"Kan ikke dele mere: en nøgles delingsgrænse er nået","cc.overview.no_consent":"Uden samtykke","cc.overview.no_user":"Ingen bruger","cc.person.add_title":"Tilføj person","cc.person.edit_title":"Ret oplysninger","cc.person.add":"Tilføj","cc.person.added":"Personen er tilføjet.","cc.person.saved":"Oplysningerne er gemt.","cc.person.name":"Navn","cc.person.name_needed":"Skriv personens navn.","cc.person.role":"Rolle","cc.person.phone":"Mobilnummer","cc.person.email":"E-mail","cc.person.dwelling":"Bolig","cc.person.entrance":"Opgang","cc.person.language":"Sprog i beskeder","cc.person.language_default":"Som Home Assistant er indstillet","cc.person.user":"Home Assistant-bruger","cc.person.user_hint":"Brugeren, hvis app har personens nøgler.","cc.person.no_user":"Ingen","cc.person.user_unknown":"En bruger, der ikke findes længere","cc.person.user_linked_to":"{user} (tilknyttet {person})","cc.person.consent":"Samtykker til digitale beskeder","cc.person.consent_short":"Samtykke","cc.person.consent_hint":"Uden samtykke får personen stadig nøgler, men ingen beskeder om dem.","cc.person.details":"Oplysninger","cc.person.keys":"Nøgler","cc.person.no_keys":"Ingen nøgler endnu.","cc.person.credentials":"Pinkoder og brikker","cc.person.no_credentials":"Ingen pinkode eller brik.","cc.person.shares":"Nøgler, personen har delt","cc.person.no_shares":"Ingen delte nøgler.","cc.person.events":"Seneste hændelser","cc.person.export":"Eksportér data","cc.person.exported":"Eksporten er downloadet.","cc.person.erase":"Slet","cc.person.erase_title":"Slette {name}?","cc.person.erase_text":"Det, der slettes, er oplysningerne (navn, telefon, e-mail, bolig), nøglerne, de nøgler, personen har delt eller fået, og pinkoderne og brikkerne.","cc.person.erase_log":"Hændelsesloggen beholder sine poster, pseudonymiseret: de kan ikke længere føres tilbage til personen.","cc.person.erase_final":"Dette kan ikke fortrydes. Eksportér dataene først, hvis personen har bedt om dem.","cc.person.erased":"Personen er slettet.","cc.person.remove":"Fjern person","cc.person.remove_title":"Fjerne {name}?","cc.person.remove_text":"Nøglerne ({keys}) og pinkoderne og brikkerne ({credentials}) forsvinder også.","cc.person.remove_shares":"De {count} nøgler, personen har delt, holder også op med at virke.","cc.person.remove_no_shares":"Personen har ingen delte nøgler.","cc.person.remove_log":"Hændelsesloggen beholder posterne; brug Slet for også at fjerne dem.","cc.person.removed":"{name} er fjernet.","cc.key.door":"Dør","cc.key.when":"Hvornår","cc.key.sharing":"Deling","cc.key.bundle_of":"Bundt: {doors}","cc.key.emergency":"Akutnøgle","cc.key.no_sharing":"Ingen deling","cc.key.sharing_used":"Må dele: {used} af {limit}","cc.key.saved":"Nøglen er ændret.","cc.key.remove":"Fjern nøgle","cc.key.remove_title":"Fjerne denne nøgle?","cc.key.remove_text":"{person} kan ikke længere åbne {name} med den.","cc.key.remove_shares":"De {count} nøgler, der er delt fra den, holder også op med at virke.","cc.key.removed":"Nøglen er fjernet.","cc.grant.open":"Giv adgang","cc.grant.add_title":"Giv adgang","cc.grant.edit_title":"Ret nøgle: {name}","cc.grant.people_title":"Giv adgang til {door}","cc.grant.doors":"Døre","cc.grant.bundles":"Nøglebundter","cc.grant.people":"Personer","cc.grant.chosen":"{count} valgt","cc.grant.all_of":"Vælg alle {count}","cc.grant.none_of":"Fravælg alle {count}","cc.grant.more_people":"Viser {shown} af {count}: søg for at indsnævre. Vælg alle tager alle match med.","cc.grant.choose_doors":"Vælg mindst én dør eller ét bundt.","cc.grant.choose_people":"Vælg mindst én person.","cc.grant.window":"Gyldig","cc.grant.from":"Fra","cc.grant.until":"Til","cc.grant.window_hint":"Lad stå tomt: fra nu, uden slutdato.","cc.grant.sharing":"Deling","cc.grant.may_share":"Må dele nøglen med andre","cc.grant.share_limit":"Højst antal delinger ad gangen","cc.grant.share_limit_placeholder":"Som før","cc.grant.share_hint":"For en dør, personen allerede har nøgle til, forbliver delingen som den er, medmindre du sætter flueben ved »Må dele« eller skriver et tal.","cc.grant.share_hint_edit":"Slås deling fra, trækkes de nøgler, der er delt fra denne, tilbage.","cc.grant.save":"Giv adgang","cc.grant.added":"Adgangen er givet.","cc.schedule.limited":"Kun på faste tidspunkter i ugen","cc.schedule.any_time":"På alle tider af døgnet og ugen.","cc.schedule.any_time_short":"Når som helst","cc.schedule.weekdays":"Ugedage","cc.schedule.start":"Fra","cc.schedule.end":"Til","cc.schedule.add_window":"Tilføj tider","cc.schedule.remove_window":"Fjern disse tider","cc.schedule.overnight_hint":"Tiderne er bygningens lokale tid; slut før start går hen over natten.","cc.sharing.title":"Deling: {name}","cc.sharing.used":"Delt nu: {used} af {limit}.","cc.sharing.off_revokes":"De {count} nøgler, der er delt fra denne nøgle, trækkes tilbage.","cc.sharing.lower_keeps":"En lavere grænse beholder de delinger, der allerede er lavet; nye venter, til færre er aktive.","cc.emergency.open":"Akutnøgle","cc.emergency.title":"Akutnøgle til {name}","cc.emergency.intro":"Åbner med det samme, på alle tider af døgnet, uden for alle tidsplaner. Den kan ikke deles, og hver brug meldes til bestyrelsen.","cc.emergency.reason":"Begrundelse","cc.emergency.reason_placeholder":"For eksempel: vandskade i kælderen","cc.emergency.reason_needed":"Angiv en begrundelse: bestyrelsen spørger hvorfor.","cc.emergency.until":"Til","cc.emergency.until_default":"Tomt: 24 timer fra nu.","cc.emergency.issue":"Udsted akutnøgle","cc.emergency.issued":"Akutnøglen er udstedt.","cc.credential.open":"Tilføj pinkode eller brik","cc.credential.title":"Pinkode eller brik til {name}","cc.credential.random":"En tilfældig pinkode","cc.credential.random_hint":"Hubben trækker den og viser den én gang, her.","cc.credential.chosen":"En pinkode, jeg vælger","cc.credential.chosen_hint":"Mindst {min} cifre; koder, der er lette at gætte, afvises.","cc.credential.tag":"En brik med UID","cc.credential.tag_hint":"Skriv det UID, der står på brikken eller posen.","cc.credential.learn":"Hold brikken op mod en dør nu","cc.credential.learn_hint":"Dørens læser fanger den næste ukendte brik, der holdes op mod den inden for et minut.","cc.credential.no_reader":"Ingen dør har briklæser.","cc.credential.pin":"Pinkode","cc.credential.pin_digits":"En pinkode består kun af cifre, mindst {min}.","cc.credential.uid":"Brikkens UID (hex)","cc.credential.tag_needed":"Skriv brikkens UID.","cc.credential.door":"Dør","cc.credential.label":"Mærkat (valgfrit)","cc.credential.label_placeholder":"For eksempel: blå brik","cc.credential.add":"Tilføj","cc.credential.start_learning":"Begynd at lytte","cc.credential.present_now":"Hold brikken op mod læseren på {door} nu …","cc.credential.added":"Tilføjet. Den når dørene ved næste synkronisering.","cc.credential.pin_title":"Pinkoden til {name}","cc.credential.pin_once":"Giv den til personen nu: den vises kun denne ene gang og kan ikke læses igen.","cc.credential.copy_failed":"Kunne ikke kopiere: markér koden, og kopiér den selv.","cc.credential.pin_not_set":"Pinkode: ikke sat","cc.credential.a_pin":"Pinkode","cc.credential.a_tag":"Brik","cc.credential.a_tag_hint":"Brik …{hint}","cc.credential.since":"tilføjet {time}","cc.credential.active":"Aktiv","cc.credential.blocked_at":"Spærret {time}","cc.credential.block":"Spær","cc.credential.block_pin_title":"Spærre denne pinkode?","cc.credential.block_tag_title":"Spærre denne brik?","cc.credential.block_text":"Den holder op med at virke ved dørene, før noget andet synkroniseres.","cc.credential.block_keep":"En spærret kode eller brik bliver stående på listen, og forsøg med den meldes til bestyrelsen.","cc.credential.blocked_toast":"Spærret.","cc.credential.remove_pin_title":"Fjerne denne pinkode?","cc.credential.remove_tag_title":"Fjerne denne brik?","cc.credential.remove_text":"Den holder op med at åbne dørene, når de er synkroniseret. For en mistet brik eller lækket kode: spær den i stedet, det går hurtigere.","cc.credential.removed":"Fjernet.","cc.share.to":"Delt som","cc.share.uses":"Status og brug","cc.share.uses_n":"Brugt {uses} gange","cc.share.uses_of":"Brugt {uses} af {limit}","cc.share.last_used":"Sidst brugt {time}","cc.share.revoke":"Træk tilbage","cc.share.revoke_title":"Trække denne delte nøgle tilbage?","cc.share.revoke_text":"Den holder op med at åbne {door} med det samme.","cc.share.revoked":"Den delte nøgle er trukket tilbage.","cc.share_kind.user":"Til en Home Assistant-bruger","cc.share_kind.link":"Gæstelink","cc.share_kind.pin":"Pinkode","cc.share_kind.unknown":"Delt nøgle","cc.share_status.active":"Aktiv","cc.share_status.not_yet_valid":"Ikke gyldig endnu","cc.share_status.used_up":"Brugt op","cc.share_status.expired":"Udløbet","cc.share_status.revoked":"Trukket tilbage","cc.share_status.unknown":"Ukendt","cc.door.details":"Dør","cc.door.address":"Adresse","cc.door.entrance_x":"Opgang {entrance}","cc.door.lock":"Lås","cc.door.sync":"Pinkoder og brikker","cc.door.keypad":"Tastatur","cc.door.reader":"Briklæser","cc.door.access":"Hvem har adgang","cc.door.no_access":"Ingen har nøgle til denne dør.","cc.door.search":"Søg blandt nøgleholdere","cc.door.holders":"{count} nøgler","cc.door.opens_now":"Åbner nu","cc.door.not_now":"Ikke nu","cc.door.guest":"Gæst","cc.door.tick":"Vælg {name}","cc.door.tick_all":"Vælg alle","cc.door.give":"Giv adgang","cc.door.given":"Adgangen er givet.","cc.door.remove":"Fjern adgang","cc.door.remove_n":"Fjern adgang ({count})","cc.door.remove_title":"Fjerne {count} nøgler?","cc.door.remove_text":"De {count} valgte nøgler holder op med at åbne {door}.","cc.door.remove_bundles":"Nøgler fra et bundt ({bundles}) fjernes helt, med bundtets andre døre.","cc.door.remove_shares_go":"Nøgler, som holderne har delt fra dem, holder også op med at virke.","cc.door.removed":"Adgangen er fjernet.","cc.door.events":"Seneste hændelser","cc.via.grant":"Egen nøgle","cc.via.bundle_named":"Bundt: {bundle}","cc.via.organisation_named":"Organisation: {organisation}","cc.via.bundle":"Bundt","cc.via.share":"Delt nøgle","cc.via.emergency":"Akutnøgle","cc.via.unknown":"Nøgle","cc.events.none":"Ingen hændelser endnu.","cc.events.time":"Tid","cc.events.what":"Hvad","cc.events.door":"Dør","cc.events.person":"Hvem","cc.events.someone":"En, der ikke længere står på listen","cc.event.unlocked":"Låst op","cc.event.locked":"Låst","cc.event.unlatched":"Åbnet","cc.event.denied":"Afvist","cc.event.blocked_credential_presented":"Spærret kode eller brik forsøgt","cc.event.jammed":"Låsen sad fast","cc.event.door_opened":"Døren blev åbnet","cc.event.door_closed":"Døren blev lukket","cc.event.rebooted":"Dørenheden genstartede","cc.event.clock_set":"Uret stillet","cc.event.battery_low":"Lavt batteri","cc.event.tamper":"Sabotagealarm","cc.event.paired":"Parret","cc.event.credentials_updated":"Pinkoder og brikker opdateret","cc.event.share_used":"Delt nøgle brugt","cc.event.emergency_key_used":"Akutnøgle brugt","cc.event.door_removed":"Døren fjernet","cc.event.registry_changed":"Nøgler ændret","cc.event.import":"Beboere importeret","cc.event.erasure":"Person slettet","cc.event.unknown":"Hændelse","cc.source.ble":"med appen","cc.source.pin":"med pinkode","cc.source.tag":"med brik","cc.source.button":"med knappen indvendig","cc.source.auto_relock":"automatisk","cc.source.hub_relock":"igen af hubben efter en åbning","cc.source.manual":"manuelt","cc.source.system":"af dørenheden","cc.source.hub":"af hubben","cc.source.guest_link":"med gæstelink","cc.source.unknown":"på anden måde","cc.deny.unknown_credential":"ukendt kode eller brik","cc.deny.outside_schedule":"uden for tiderne","cc.deny.not_yet_valid":"ikke gyldig endnu","cc.deny.expired":"udløbet","cc.deny.disabled":"spærret","cc.deny.keypad_locked":"tastaturet låst efter forkerte koder","cc.deny.no_key":"ingen nøgle","cc.deny.use_limit_reached":"brugt op","cc.deny.share_revoked":"delt nøgle trukket tilbage","cc.deny.unattributed_refused":"ingen kendt person","cc.deny.unknown":"anden grund","cc.overview.count_one":"{count} person","cc.overview.count_filtered_one":"{count} af {total} person","cc.overview.keys_one":"{count} nøgle","cc.door.holders_one":"{count} nøgle","cc.door.remove_title_one":"Fjerne denne nøgle?","cc.door.remove_text_one":"Den valgte nøgle holder op med at åbne {door}.","cc.sync.pending_hint_one":"Én ændring af pinkoder og brikker venter på at nå denne dør.","cc.key.remove_shares_one":"Nøglen, der er delt fra den, holder også op med at virke.","cc.person.remove_shares_one":"Nøglen, personen har delt, holder også op med at virke.","cc.sharing.off_revokes_one":"Nøglen, der er delt fra denne nøgle, trækkes tilbage.","cc.share.uses_n_one":"Brugt én gang"};var wn={"cc.title":"Digital Key","cc.menu":"Menu","cc.nav.label":"Pages","cc.nav.overview":"Overview","cc.nav.bundles":"Bundles","cc.nav.import":"Import","cc.nav.events":"Event log","cc.nav.access":"Access check","cc.loading":"Loading…","cc.cancel":"Cancel","cc.save":"Save","cc.edit":"Edit","cc.remove":"Remove","cc.done":"Done","cc.copy":"Copy","cc.copied":"Copied.","cc.yes":"Yes","cc.no":"No","cc.actions":"Actions","cc.role.owner":"Owner","cc.role.tenant":"Tenant","cc.role.board":"Board member","cc.role.caretaker":"Caretaker","cc.role.service_provider":"Service provider","cc.language.en":"English","cc.language.nb":"Norwegian (Bokmål)","cc.language.da":"Danish","cc.language.nl":"Dutch","cc.lock.locked":"Locked","cc.lock.unlocked":"Unlocked","cc.lock.locking":"Locking","cc.lock.unlocking":"Unlocking","cc.lock.open":"Open","cc.lock.opening":"Opening","cc.lock.jammed":"Jammed","cc.lock.unavailable":"Not reachable","cc.lock.unknown":"State unknown","cc.battery.label":"Battery","cc.battery.level":"Battery {level}","cc.battery.critical":"Battery {level} – change now","cc.battery.critical_hint":"The battery is almost empty: change it before the door stops answering.","cc.battery.none":"Not reported yet","cc.sync.in_sync":"In sync","cc.sync.pending":"Pending ({count})","cc.sync.pending_hint":"{count} changes to PIN codes and tags are waiting to reach this door.","cc.sync.failed":"Sync failed","cc.sync.failed_since":"Failed since {time}","cc.sync.last_synced":"Last synced {time}","cc.sync.pending_since":"Waiting since {time}","cc.sync_reason.unreachable":"The door could not be reached over Bluetooth.","cc.sync_reason.busy":"The door unit was busy with another controller.","cc.sync_reason.conflict":"The door unit's list kept changing during the sync (another hub writing to it?).","cc.sync_reason.unit_full":"The door has more PIN codes and tags than its unit can hold.","cc.sync_reason.not_paired":"The door unit no longer knows this hub: see Repairs.","cc.sync_reason.unknown":"The last sync failed.","cc.sync.unknown":"Sync unknown","cc.window.always":"No end date","cc.window.from":"From {from}","cc.window.until":"Until {until}","cc.window.between":"{from} – {until}","cc.overview.doors":"Doors","cc.overview.people":"People","cc.overview.no_doors":"No doors yet. Add a door unit under Settings → Devices & services → Digital Key.","cc.overview.no_people":"No people yet. Add one, or import the residents' list.","cc.overview.no_match":"Nobody matches.","cc.overview.add_person":"Add person","cc.overview.search":"Search people","cc.overview.search_placeholder":"Name, dwelling or phone","cc.overview.any_role":"Any role","cc.overview.any_entrance":"Any entrance","cc.overview.filter_no_consent":"No consent","cc.overview.filter_no_user":"No linked user","cc.overview.filter_at_limit":"Shares at limit","cc.overview.count":"{count} people","cc.overview.count_filtered":"{count} of {total} people","cc.overview.showing":"Showing {shown} of {count}","cc.overview.show_more":"Show {count} more","cc.overview.keys":"{count} keys","cc.overview.keys_hint":"Doors they hold a key to","cc.overview.shares":"{count} shared","cc.overview.shares_hint":"Active keys they shared","cc.overview.at_limit":"Cannot share more: a key's share limit is reached","cc.overview.no_consent":"No consent","cc.overview.no_user":"No user","cc.person.add_title":"Add person","cc.person.edit_title":"Change details","cc.person.add":"Add","cc.person.added":"Person added.","cc.person.saved":"Details saved.","cc.person.name":"Name","cc.person.name_needed":"Give the person's name.","cc.person.role":"Role","cc.person.phone":"Mobile phone","cc.person.email":"E-mail","cc.person.dwelling":"Dwelling","cc.person.entrance":"Entrance","cc.person.language":"Language of messages","cc.person.language_default":"As Home Assistant is set","cc.person.user":"Home Assistant user","cc.person.user_hint":"The user whose companion app holds this person's keys.","cc.person.no_user":"None","cc.person.user_unknown":"A user who no longer exists","cc.person.user_linked_to":"{user} (linked to {person})","cc.person.consent":"Agrees to digital messages","cc.person.consent_short":"Consent","cc.person.consent_hint":"Without consent the person still gets keys, but no messages about them.","cc.person.details":"Details","cc.person.keys":"Keys","cc.person.no_keys":"No keys yet.","cc.person.credentials":"PIN codes and tags","cc.person.no_credentials":"No PIN code or tag.","cc.person.shares":"Keys they shared","cc.person.no_shares":"No shared keys.","cc.person.events":"Recent events","cc.person.export":"Export data","cc.person.exported":"The export is downloaded.","cc.person.erase":"Erase","cc.person.erase_title":"Erase {name}?","cc.person.erase_text":"Erased are their details (name, phone, e-mail, dwelling), their keys, the keys they shared or were given, and their PIN codes and tags.","cc.person.erase_log":"The event log keeps its records, pseudonymised: they no longer lead back to the person.","cc.person.erase_final":"This cannot be undone. Export the data first if the person asked for it.","cc.person.erased":"The person is erased.","cc.person.remove":"Remove person","cc.person.remove_title":"Remove {name}?","cc.person.remove_text":"Their keys ({keys}) and their PIN codes and tags ({credentials}) go with them.","cc.person.remove_shares":"The {count} keys they shared stop working too.","cc.person.remove_no_shares":"They have no shared keys.","cc.person.remove_log":"The event log keeps their records; to erase those too, use Erase.","cc.person.removed":"{name} is removed.","cc.key.door":"Door","cc.key.when":"When","cc.key.sharing":"Sharing","cc.key.bundle_of":"Bundle: {doors}","cc.key.emergency":"Emergency key","cc.key.no_sharing":"No sharing","cc.key.sharing_used":"May share: {used} of {limit}","cc.key.saved":"The key is changed.","cc.key.remove":"Remove key","cc.key.remove_title":"Remove this key?","cc.key.remove_text":"{person} can no longer open {name} with it.","cc.key.remove_shares":"The {count} keys shared from it stop working too.","cc.key.removed":"The key is removed.","cc.grant.open":"Add access","cc.grant.add_title":"Add access","cc.grant.edit_title":"Change key: {name}","cc.grant.people_title":"Give access to {door}","cc.grant.doors":"Doors","cc.grant.bundles":"Bundles","cc.grant.people":"People","cc.grant.chosen":"{count} chosen","cc.grant.all_of":"Choose all {count}","cc.grant.none_of":"Unchoose all {count}","cc.grant.more_people":"Showing {shown} of {count}: search to narrow the list. Choose all takes every match.","cc.grant.choose_doors":"Choose at least one door or bundle.","cc.grant.choose_people":"Choose at least one person.","cc.grant.window":"Valid","cc.grant.from":"From","cc.grant.until":"Until","cc.grant.window_hint":"Leave empty: from now, with no end date.","cc.grant.sharing":"Sharing","cc.grant.may_share":"May share the key with others","cc.grant.share_limit":"Shares allowed at a time","cc.grant.share_limit_placeholder":"As before","cc.grant.share_hint":"For a door the person already has a key to, its sharing stays as it is unless you tick “May share” or give a number.","cc.grant.share_hint_edit":"Turning sharing off revokes the keys shared from this one.","cc.grant.save":"Give access","cc.grant.added":"Access given.","cc.schedule.limited":"Only at set times of the week","cc.schedule.any_time":"At any time of day and week.","cc.schedule.any_time_short":"At any time","cc.schedule.weekdays":"Weekdays","cc.schedule.start":"From","cc.schedule.end":"To","cc.schedule.add_window":"Add times","cc.schedule.remove_window":"Remove these times","cc.schedule.overnight_hint":"Times are the building's local time; an end before the start runs overnight.","cc.sharing.title":"Sharing: {name}","cc.sharing.used":"Shared now: {used} of {limit}.","cc.sharing.off_revokes":"The {count} keys shared from this key will be revoked.","cc.sharing.lower_keeps":"A lower limit keeps the shares already made; new ones wait until fewer are active.","cc.emergency.open":"Emergency key","cc.emergency.title":"Emergency key for {name}","cc.emergency.intro":"Opens at once, at any time of day, outside every schedule. It cannot be shared, and each use is told to the board.","cc.emergency.reason":"Reason","cc.emergency.reason_placeholder":"For example: water leak in the basement","cc.emergency.reason_needed":"Give a reason: the board asks why.","cc.emergency.until":"Until","cc.emergency.until_default":"Empty: 24 hours from now.","cc.emergency.issue":"Issue emergency key","cc.emergency.issued":"Emergency key issued.","cc.credential.open":"Add PIN code or tag","cc.credential.title":"PIN code or tag for {name}","cc.credential.random":"A random PIN code","cc.credential.random_hint":"The hub draws it and shows it once, here.","cc.credential.chosen":"A PIN code I choose","cc.credential.chosen_hint":"At least {min} digits; codes that are easy to guess are refused.","cc.credential.tag":"A tag by its UID","cc.credential.tag_hint":"Type the UID printed on the tag or its bag.","cc.credential.learn":"Present the tag at a door now","cc.credential.learn_hint":"The door's reader catches the next unknown tag held to it within a minute.","cc.credential.no_reader":"No door has a tag reader.","cc.credential.pin":"PIN code","cc.credential.pin_digits":"A PIN code is digits only, at least {min}.","cc.credential.uid":"Tag UID (hex)","cc.credential.tag_needed":"Type the tag's UID.","cc.credential.door":"Door","cc.credential.label":"Label (optional)","cc.credential.label_placeholder":"For example: blue fob","cc.credential.add":"Add","cc.credential.start_learning":"Start listening","cc.credential.present_now":"Hold the tag to the reader of {door} now…","cc.credential.added":"Added. It reaches the doors with the next sync.","cc.credential.pin_title":"The PIN code for {name}","cc.credential.pin_once":"Give it to the person now: it is shown only this once and cannot be read again.","cc.credential.copy_failed":"Could not copy: select the code and copy it by hand.","cc.credential.pin_not_set":"PIN code: not set","cc.credential.a_pin":"PIN code","cc.credential.a_tag":"Tag","cc.credential.a_tag_hint":"Tag …{hint}","cc.credential.since":"added {time}","cc.credential.active":"Active","cc.credential.blocked_at":"Blocked {time}","cc.credential.block":"Block","cc.credential.block_pin_title":"Block this PIN code?","cc.credential.block_tag_title":"Block this tag?","cc.credential.block_text":"It stops working at the doors before anything else syncs.","cc.credential.block_keep":"A blocked code or tag stays listed, and a try with it is told to the board.","cc.credential.blocked_toast":"Blocked.","cc.credential.remove_pin_title":"Remove this PIN code?","cc.credential.remove_tag_title":"Remove this tag?","cc.credential.remove_text":"It stops opening the doors once they have synced. For a lost tag or a leaked code, block it instead: that is faster.","cc.credential.removed":"Removed.","cc.share.to":"Shared as","cc.share.uses":"Status and uses","cc.share.uses_n":"Used {uses} times","cc.share.uses_of":"Used {uses} of {limit}","cc.share.last_used":"Last used {time}","cc.share.revoke":"Revoke","cc.share.revoke_title":"Revoke this shared key?","cc.share.revoke_text":"It stops opening {door} at once.","cc.share.revoked":"The shared key is revoked.","cc.share_kind.user":"To a Home Assistant user","cc.share_kind.link":"Guest link","cc.share_kind.pin":"PIN code","cc.share_kind.unknown":"Shared key","cc.share_status.active":"Active","cc.share_status.not_yet_valid":"Not yet valid","cc.share_status.used_up":"Used up","cc.share_status.expired":"Expired","cc.share_status.revoked":"Revoked","cc.share_status.unknown":"Unknown","cc.door.details":"Door","cc.door.address":"Address","cc.door.entrance_x":"Entrance {entrance}","cc.door.lock":"Lock","cc.door.sync":"PIN codes and tags","cc.door.keypad":"Keypad","cc.door.reader":"Tag reader","cc.door.access":"Who has access","cc.door.no_access":"Nobody has a key to this door.","cc.door.search":"Search holders","cc.door.holders":"{count} keys","cc.door.opens_now":"Opens now","cc.door.not_now":"Not now","cc.door.guest":"Guest","cc.door.tick":"Choose {name}","cc.door.tick_all":"Choose all","cc.door.give":"Give access","cc.door.given":"Access given.","cc.door.remove":"Remove access","cc.door.remove_n":"Remove access ({count})","cc.door.remove_title":"Remove {count} keys?","cc.door.remove_text":"The {count} chosen keys stop opening {door}.","cc.door.remove_bundles":"Keys from a bundle ({bundles}) are taken away whole, with the bundle's other doors.","cc.door.remove_shares_go":"Keys their holders shared from them stop working too.","cc.door.removed":"Access removed.","cc.door.events":"Recent events","cc.via.grant":"Own key","cc.via.bundle_named":"Bundle: {bundle}","cc.via.organisation_named":"Organisation: {organisation}","cc.via.bundle":"Bundle","cc.via.share":"Shared key","cc.via.emergency":"Emergency key","cc.via.unknown":"Key","cc.events.none":"No events yet.","cc.events.time":"Time","cc.events.what":"What","cc.events.door":"Door","cc.events.person":"Who","cc.events.someone":"Someone no longer listed","cc.event.unlocked":"Unlocked","cc.event.locked":"Locked","cc.event.unlatched":"Opened","cc.event.denied":"Refused","cc.event.blocked_credential_presented":"Blocked code or tag tried","cc.event.jammed":"Lock jammed","cc.event.door_opened":"Door opened","cc.event.door_closed":"Door closed","cc.event.rebooted":"Door unit restarted","cc.event.clock_set":"Clock set","cc.event.battery_low":"Battery low","cc.event.tamper":"Tampering","cc.event.paired":"Paired","cc.event.credentials_updated":"PIN codes and tags updated","cc.event.share_used":"Shared key used","cc.event.emergency_key_used":"Emergency key used","cc.event.door_removed":"Door removed","cc.event.registry_changed":"Keys changed","cc.event.import":"Residents imported","cc.event.erasure":"Person erased","cc.event.unknown":"Event","cc.source.ble":"by app","cc.source.pin":"by PIN code","cc.source.tag":"by tag","cc.source.button":"by the button inside","cc.source.auto_relock":"automatically","cc.source.hub_relock":"again by the hub after an open","cc.source.manual":"by hand","cc.source.system":"by the door unit","cc.source.hub":"by the hub","cc.source.guest_link":"by guest link","cc.source.unknown":"another way","cc.deny.unknown_credential":"unknown code or tag","cc.deny.outside_schedule":"outside its times","cc.deny.not_yet_valid":"not yet valid","cc.deny.expired":"expired","cc.deny.disabled":"blocked","cc.deny.keypad_locked":"keypad locked after wrong codes","cc.deny.no_key":"no key","cc.deny.use_limit_reached":"used up","cc.deny.share_revoked":"shared key revoked","cc.deny.unattributed_refused":"no known person","cc.deny.unknown":"other reason","cc.overview.count_one":"{count} person","cc.overview.count_filtered_one":"{count} of {total} person","cc.overview.keys_one":"{count} key","cc.door.holders_one":"{count} key","cc.door.remove_title_one":"Remove this key?","cc.door.remove_text_one":"The chosen key stops opening {door}.","cc.sync.pending_hint_one":"One change to PIN codes and tags is waiting to reach this door.","cc.key.remove_shares_one":"The key shared from it stops working too.","cc.person.remove_shares_one":"The key they shared stops working too.","cc.sharing.off_revokes_one":"The key shared from this key will be revoked.","cc.share.uses_n_one":"Used once"};var $n={"cc.title":"Digital Key","cc.menu":"Meny","cc.nav.label":"Sider","cc.nav.overview":"Oversikt","cc.nav.bundles":"Nøkkelknipper","cc.nav.import":"Import","cc.nav.events":"Hendelseslogg","cc.nav.access":"Tilgangssjekk","cc.loading":"Laster …","cc.cancel":"Avbryt","cc.save":"Lagre","cc.edit":"Endre","cc.remove":"Fjern","cc.done":"Ferdig","cc.copy":"Kopier","cc.copied":"Kopiert.","cc.yes":"Ja","cc.no":"Nei","cc.actions":"Handlinger","cc.role.owner":"Eier","cc.role.tenant":"Leietaker","cc.role.board":"Styremedlem","cc.role.caretaker":"Vaktmester","cc.role.service_provider":"Tjenesteleverandør","cc.language.en":"Engelsk","cc.language.nb":"Norsk (bokmål)","cc.language.da":"Dansk","cc.language.nl":"Nederlandsk","cc.lock.locked":"Låst","cc.lock.unlocked":"Ulåst","cc.lock.locking":"Låser","cc.lock.unlocking":"Låser opp","cc.lock.open":"Åpen","cc.lock.opening":"Åpner","cc.lock.jammed":"Fastkjørt","cc.lock.unavailable":"Ikke tilgjengelig","cc.lock.unknown":"Ukjent tilstand","cc.battery.label":"Batteri","cc.battery.level":"Batteri {level}","cc.battery.critical":"Batteri {level} – bytt nå","cc.battery.critical_hint":"Batteriet er nesten tomt: bytt det før døren slutter å svare.","cc.battery.none":"Ikke meldt ennå","cc.sync.in_sync":"Synkronisert","cc.sync.pending":"Venter ({count})","cc.sync.pending_hint":"{count} endringer av PIN-koder og brikker venter på å nå denne døren.","cc.sync.failed":"Synkronisering feilet","cc.sync.failed_since":"Feilet siden {time}","cc.sync.last_synced":"Sist synkronisert {time}","cc.sync.pending_since":"Venter siden {time}","cc.sync_reason.unreachable":"Døren kunne ikke nås over Bluetooth.","cc.sync_reason.busy":"Dørenheten var opptatt med en annen kontroller.","cc.sync_reason.conflict":"Listen i dørenheten endret seg under synkroniseringen (skriver en annen hub til den?).","cc.sync_reason.unit_full":"Døren har flere PIN-koder og brikker enn enheten kan romme.","cc.sync_reason.not_paired":"Dørenheten kjenner ikke lenger denne huben: se Reparasjoner.","cc.sync_reason.unknown":"Siste synkronisering feilet.","cc.sync.unknown":"Synkronisering ukjent","cc.window.always":"Uten sluttdato","cc.window.from":"Fra {from}","cc.window.until":"Til {until}","cc.window.between":"{from} – {until}","cc.overview.doors":"Dører","cc.overview.people":"Personer","cc.overview.no_doors":"Ingen dører ennå. Legg til en dørenhet under Innstillinger → Enheter og tjenester → Digital Key.","cc.overview.no_people":"Ingen personer ennå. Legg til en, eller importer beboerlisten.","cc.overview.no_match":"Ingen treff.","cc.overview.add_person":"Legg til person","cc.overview.search":"Søk etter personer","cc.overview.search_placeholder":"Navn, bolig eller telefon","cc.overview.any_role":"Alle roller","cc.overview.any_entrance":"Alle oppganger","cc.overview.filter_no_consent":"Uten samtykke","cc.overview.filter_no_user":"Uten koblet bruker","cc.overview.filter_at_limit":"Delinger ved grensen","cc.overview.count":"{count} personer","cc.overview.count_filtered":"{count} av {total} personer","cc.overview.showing":"Viser {shown} av {count}","cc.overview.show_more":"Vis {count} til","cc.overview.keys":"{count} nøkler","cc.overview.keys_hint":"Dører personen har nøkkel til","cc.overview.shares":"{count} delt","cc.overview.shares_hint":"Aktive nøkler personen har delt","cc.overview.at_limit":"Kan ikke dele mer: delingsgrensen for en nøkkel er nådd","cc.overview.no_consent":"Uten samtykke","cc.overview.no_user":"Ingen bruker","cc.person.add_title":"Legg til person","cc.person.edit_title":"Endre opplysninger","cc.person.add":"Legg til","cc.person.added":"Personen er lagt til.","cc.person.saved":"Opplysningene er lagret.","cc.person.name":"Navn","cc.person.name_needed":"Skriv inn navnet.","cc.person.role":"Rolle","cc.person.phone":"Mobilnummer","cc.person.email":"E-post","cc.person.dwelling":"Bolig","cc.person.entrance":"Oppgang","cc.person.language":"Språk i meldinger","cc.person.language_default":"Som Home Assistant er innstilt","cc.person.user":"Home Assistant-bruker","cc.person.user_hint":"Brukeren som har personens nøkler i appen.","cc.person.no_user":"Ingen","cc.person.user_unknown":"En bruker som ikke finnes lenger","cc.person.user_linked_to":"{user} (koblet til {person})","cc.person.consent":"Samtykker til digitale meldinger","cc.person.consent_short":"Samtykke","cc.person.consent_hint":"Uten samtykke får personen fortsatt nøkler, men ingen meldinger om dem.","cc.person.details":"Opplysninger","cc.person.keys":"Nøkler","cc.person.no_keys":"Ingen nøkler ennå.","cc.person.credentials":"PIN-koder og brikker","cc.person.no_credentials":"Ingen PIN-kode eller brikke.","cc.person.shares":"Nøkler personen har delt","cc.person.no_shares":"Ingen delte nøkler.","cc.person.events":"Siste hendelser","cc.person.export":"Eksporter data","cc.person.exported":"Eksporten er lastet ned.","cc.person.erase":"Slett","cc.person.erase_title":"Slette {name}?","cc.person.erase_text":"Det som slettes, er opplysningene (navn, telefon, e-post, bolig), nøklene, nøklene personen har delt eller fått, og PIN-kodene og brikkene.","cc.person.erase_log":"Hendelsesloggen beholder oppføringene, pseudonymisert: de kan ikke lenger spores tilbake til personen.","cc.person.erase_final":"Dette kan ikke angres. Eksporter dataene først hvis personen har bedt om dem.","cc.person.erased":"Personen er slettet.","cc.person.remove":"Fjern person","cc.person.remove_title":"Fjerne {name}?","cc.person.remove_text":"Nøklene ({keys}) og PIN-kodene og brikkene ({credentials}) forsvinner også.","cc.person.remove_shares":"De {count} nøklene personen har delt, slutter også å virke.","cc.person.remove_no_shares":"Personen har ingen delte nøkler.","cc.person.remove_log":"Hendelsesloggen beholder oppføringene; bruk Slett for å fjerne også dem.","cc.person.removed":"{name} er fjernet.","cc.key.door":"Dør","cc.key.when":"Når","cc.key.sharing":"Deling","cc.key.bundle_of":"Knippe: {doors}","cc.key.emergency":"Nødnøkkel","cc.key.no_sharing":"Ingen deling","cc.key.sharing_used":"Kan dele: {used} av {limit}","cc.key.saved":"Nøkkelen er endret.","cc.key.remove":"Fjern nøkkel","cc.key.remove_title":"Fjerne denne nøkkelen?","cc.key.remove_text":"{person} kan ikke lenger åpne {name} med den.","cc.key.remove_shares":"De {count} nøklene som er delt fra den, slutter også å virke.","cc.key.removed":"Nøkkelen er fjernet.","cc.grant.open":"Gi tilgang","cc.grant.add_title":"Gi tilgang","cc.grant.edit_title":"Endre nøkkel: {name}","cc.grant.people_title":"Gi tilgang til {door}","cc.grant.doors":"Dører","cc.grant.bundles":"Nøkkelknipper","cc.grant.people":"Personer","cc.grant.chosen":"{count} valgt","cc.grant.all_of":"Velg alle {count}","cc.grant.none_of":"Fjern valget av alle {count}","cc.grant.more_people":"Viser {shown} av {count}: søk for å snevre inn. Velg alle tar med alle treff.","cc.grant.choose_doors":"Velg minst én dør eller ett knippe.","cc.grant.choose_people":"Velg minst én person.","cc.grant.window":"Gyldig","cc.grant.from":"Fra","cc.grant.until":"Til","cc.grant.window_hint":"La stå tomt: fra nå, uten sluttdato.","cc.grant.sharing":"Deling","cc.grant.may_share":"Kan dele nøkkelen med andre","cc.grant.share_limit":"Maks antall delinger samtidig","cc.grant.share_limit_placeholder":"Som før","cc.grant.share_hint":"For en dør personen alt har nøkkel til, blir delingen som den er, med mindre du krysser av for «Kan dele» eller skriver et tall.","cc.grant.share_hint_edit":"Slås deling av, trekkes nøklene som er delt fra denne, tilbake.","cc.grant.save":"Gi tilgang","cc.grant.added":"Tilgangen er gitt.","cc.schedule.limited":"Bare til faste tider i uken","cc.schedule.any_time":"Når som helst på døgnet og i uken.","cc.schedule.any_time_short":"Når som helst","cc.schedule.weekdays":"Ukedager","cc.schedule.start":"Fra","cc.schedule.end":"Til","cc.schedule.add_window":"Legg til tider","cc.schedule.remove_window":"Fjern disse tidene","cc.schedule.overnight_hint":"Tidene er lokal tid i bygningen; slutt før start går over natten.","cc.sharing.title":"Deling: {name}","cc.sharing.used":"Delt nå: {used} av {limit}.","cc.sharing.off_revokes":"De {count} nøklene som er delt fra denne nøkkelen, trekkes tilbake.","cc.sharing.lower_keeps":"En lavere grense beholder delingene som alt er gjort; nye må vente til færre er aktive.","cc.emergency.open":"Nødnøkkel","cc.emergency.title":"Nødnøkkel til {name}","cc.emergency.intro":"Åpner med en gang, når som helst på døgnet, utenom alle tidsplaner. Den kan ikke deles, og hver bruk meldes til styret.","cc.emergency.reason":"Begrunnelse","cc.emergency.reason_placeholder":"For eksempel: vannlekkasje i kjelleren","cc.emergency.reason_needed":"Oppgi en begrunnelse: styret spør hvorfor.","cc.emergency.until":"Til","cc.emergency.until_default":"Tomt: 24 timer fra nå.","cc.emergency.issue":"Utsted nødnøkkel","cc.emergency.issued":"Nødnøkkelen er utstedt.","cc.credential.open":"Legg til PIN-kode eller brikke","cc.credential.title":"PIN-kode eller brikke til {name}","cc.credential.random":"En tilfeldig PIN-kode","cc.credential.random_hint":"Huben trekker den og viser den én gang, her.","cc.credential.chosen":"En PIN-kode jeg velger","cc.credential.chosen_hint":"Minst {min} sifre; koder som er lette å gjette, avvises.","cc.credential.tag":"En brikke med UID","cc.credential.tag_hint":"Skriv inn UID-en som står på brikken eller posen.","cc.credential.learn":"Hold brikken mot en dør nå","cc.credential.learn_hint":"Leseren på døren fanger opp den neste ukjente brikken som holdes mot den innen ett minutt.","cc.credential.no_reader":"Ingen dør har brikkeleser.","cc.credential.pin":"PIN-kode","cc.credential.pin_digits":"En PIN-kode består bare av sifre, minst {min}.","cc.credential.uid":"Brikkens UID (heksadesimal)","cc.credential.tag_needed":"Skriv inn brikkens UID.","cc.credential.door":"Dør","cc.credential.label":"Merkelapp (valgfritt)","cc.credential.label_placeholder":"For eksempel: blå brikke","cc.credential.add":"Legg til","cc.credential.start_learning":"Begynn å lytte","cc.credential.present_now":"Hold brikken mot leseren på {door} nå …","cc.credential.added":"Lagt til. Den når dørene ved neste synkronisering.","cc.credential.pin_title":"PIN-koden til {name}","cc.credential.pin_once":"Gi den til personen nå: den vises bare denne ene gangen og kan ikke leses igjen.","cc.credential.copy_failed":"Kunne ikke kopiere: merk koden og kopier den selv.","cc.credential.pin_not_set":"PIN-kode: ikke satt","cc.credential.a_pin":"PIN-kode","cc.credential.a_tag":"Brikke","cc.credential.a_tag_hint":"Brikke …{hint}","cc.credential.since":"lagt til {time}","cc.credential.active":"Aktiv","cc.credential.blocked_at":"Sperret {time}","cc.credential.block":"Sperr","cc.credential.block_pin_title":"Sperre denne PIN-koden?","cc.credential.block_tag_title":"Sperre denne brikken?","cc.credential.block_text":"Den slutter å virke på dørene før noe annet synkroniseres.","cc.credential.block_keep":"En sperret kode eller brikke blir stående i listen, og forsøk med den meldes til styret.","cc.credential.blocked_toast":"Sperret.","cc.credential.remove_pin_title":"Fjerne denne PIN-koden?","cc.credential.remove_tag_title":"Fjerne denne brikken?","cc.credential.remove_text":"Den slutter å åpne dørene når de er synkronisert. For en mistet brikke eller lekket kode: sperr den i stedet, det går raskere.","cc.credential.removed":"Fjernet.","cc.share.to":"Delt som","cc.share.uses":"Status og bruk","cc.share.uses_n":"Brukt {uses} ganger","cc.share.uses_of":"Brukt {uses} av {limit}","cc.share.last_used":"Sist brukt {time}","cc.share.revoke":"Trekk tilbake","cc.share.revoke_title":"Trekke tilbake denne delte nøkkelen?","cc.share.revoke_text":"Den slutter å åpne {door} med en gang.","cc.share.revoked":"Den delte nøkkelen er trukket tilbake.","cc.share_kind.user":"Til en Home Assistant-bruker","cc.share_kind.link":"Gjestelenke","cc.share_kind.pin":"PIN-kode","cc.share_kind.unknown":"Delt nøkkel","cc.share_status.active":"Aktiv","cc.share_status.not_yet_valid":"Ikke gyldig ennå","cc.share_status.used_up":"Brukt opp","cc.share_status.expired":"Utløpt","cc.share_status.revoked":"Trukket tilbake","cc.share_status.unknown":"Ukjent","cc.door.details":"Dør","cc.door.address":"Adresse","cc.door.entrance_x":"Oppgang {entrance}","cc.door.lock":"Lås","cc.door.sync":"PIN-koder og brikker","cc.door.keypad":"Tastatur","cc.door.reader":"Brikkeleser","cc.door.access":"Hvem har tilgang","cc.door.no_access":"Ingen har nøkkel til denne døren.","cc.door.search":"Søk blant nøkkelholdere","cc.door.holders":"{count} nøkler","cc.door.opens_now":"Åpner nå","cc.door.not_now":"Ikke nå","cc.door.guest":"Gjest","cc.door.tick":"Velg {name}","cc.door.tick_all":"Velg alle","cc.door.give":"Gi tilgang","cc.door.given":"Tilgangen er gitt.","cc.door.remove":"Fjern tilgang","cc.door.remove_n":"Fjern tilgang ({count})","cc.door.remove_title":"Fjerne {count} nøkler?","cc.door.remove_text":"De {count} valgte nøklene slutter å åpne {door}.","cc.door.remove_bundles":"Nøkler fra et knippe ({bundles}) fjernes helt, med knippets andre dører.","cc.door.remove_shares_go":"Nøkler som holderne har delt fra dem, slutter også å virke.","cc.door.removed":"Tilgangen er fjernet.","cc.door.events":"Siste hendelser","cc.via.grant":"Egen nøkkel","cc.via.bundle_named":"Knippe: {bundle}","cc.via.organisation_named":"Organisasjon: {organisation}","cc.via.bundle":"Knippe","cc.via.share":"Delt nøkkel","cc.via.emergency":"Nødnøkkel","cc.via.unknown":"Nøkkel","cc.events.none":"Ingen hendelser ennå.","cc.events.time":"Tid","cc.events.what":"Hva","cc.events.door":"Dør","cc.events.person":"Hvem","cc.events.someone":"En som ikke lenger står i listen","cc.event.unlocked":"Låst opp","cc.event.locked":"Låst","cc.event.unlatched":"Åpnet","cc.event.denied":"Avvist","cc.event.blocked_credential_presented":"Sperret kode eller brikke forsøkt","cc.event.jammed":"Låsen satt fast","cc.event.door_opened":"Døren ble åpnet","cc.event.door_closed":"Døren ble lukket","cc.event.rebooted":"Dørenheten startet på nytt","cc.event.clock_set":"Klokken stilt","cc.event.battery_low":"Lavt batteri","cc.event.tamper":"Sabotasealarm","cc.event.paired":"Paret","cc.event.credentials_updated":"PIN-koder og brikker oppdatert","cc.event.share_used":"Delt nøkkel brukt","cc.event.emergency_key_used":"Nødnøkkel brukt","cc.event.door_removed":"Døren fjernet","cc.event.registry_changed":"Nøkler endret","cc.event.import":"Beboere importert","cc.event.erasure":"Person slettet","cc.event.unknown":"Hendelse","cc.source.ble":"med appen","cc.source.pin":"med PIN-kode","cc.source.tag":"med brikke","cc.source.button":"med knappen innvendig","cc.source.auto_relock":"automatisk","cc.source.hub_relock":"igjen av huben etter en åpning","cc.source.manual":"manuelt","cc.source.system":"av dørenheten","cc.source.hub":"av huben","cc.source.guest_link":"med gjestelenke","cc.source.unknown":"på annen måte","cc.deny.unknown_credential":"ukjent kode eller brikke","cc.deny.outside_schedule":"utenfor tidene","cc.deny.not_yet_valid":"ikke gyldig ennå","cc.deny.expired":"utløpt","cc.deny.disabled":"sperret","cc.deny.keypad_locked":"tastaturet låst etter feil koder","cc.deny.no_key":"ingen nøkkel","cc.deny.use_limit_reached":"brukt opp","cc.deny.share_revoked":"delt nøkkel trukket tilbake","cc.deny.unattributed_refused":"ingen kjent person","cc.deny.unknown":"annen grunn","cc.overview.count_one":"{count} person","cc.overview.count_filtered_one":"{count} av {total} person","cc.overview.keys_one":"{count} nøkkel","cc.door.holders_one":"{count} nøkkel","cc.door.remove_title_one":"Fjerne denne nøkkelen?","cc.door.remove_text_one":"Den valgte nøkkelen slutter å åpne {door}.","cc.sync.pending_hint_one":"Én endring av PIN-koder og brikker venter på å nå denne døren.","cc.key.remove_shares_one":"Nøkkelen som er delt fra den, slutter også å virke.","cc.person.remove_shares_one":"Nøkkelen personen har delt, slutter også å virke.","cc.sharing.off_revokes_one":"Nøkkelen som er delt fra denne nøkkelen, trekkes tilbake.","cc.share.uses_n_one":"Brukt én gang"};var xn={"cc.title":"Digital Key","cc.menu":"Menu","cc.nav.label":"Pagina's","cc.nav.overview":"Overzicht","cc.nav.bundles":"Sleutelbossen","cc.nav.import":"Importeren","cc.nav.events":"Logboek","cc.nav.access":"Toegangscontrole","cc.loading":"Laden…","cc.cancel":"Annuleren","cc.save":"Opslaan","cc.edit":"Wijzigen","cc.remove":"Verwijderen","cc.done":"Klaar","cc.copy":"Kopiëren","cc.copied":"Gekopieerd.","cc.yes":"Ja","cc.no":"Nee","cc.actions":"Acties","cc.role.owner":"Eigenaar","cc.role.tenant":"Huurder","cc.role.board":"Bestuurslid","cc.role.caretaker":"Conciërge","cc.role.service_provider":"Dienstverlener","cc.language.en":"Engels","cc.language.nb":"Noors (Bokmål)","cc.language.da":"Deens","cc.language.nl":"Nederlands","cc.lock.locked":"Op slot","cc.lock.unlocked":"Ontgrendeld","cc.lock.locking":"Vergrendelen","cc.lock.unlocking":"Ontgrendelen","cc.lock.open":"Open","cc.lock.opening":"Openen","cc.lock.jammed":"Vastgelopen","cc.lock.unavailable":"Niet bereikbaar","cc.lock.unknown":"Status onbekend","cc.battery.label":"Batterij","cc.battery.level":"Batterij {level}","cc.battery.critical":"Batterij {level} – nu vervangen","cc.battery.critical_hint":"De batterij is bijna leeg: vervang hem voordat de deur niet meer reageert.","cc.battery.none":"Nog niet gemeld","cc.sync.in_sync":"Bijgewerkt","cc.sync.pending":"In wachtrij ({count})","cc.sync.pending_hint":"{count} wijzigingen in pincodes en tags wachten om deze deur te bereiken.","cc.sync.failed":"Bijwerken mislukt","cc.sync.failed_since":"Mislukt sinds {time}","cc.sync.last_synced":"Laatst bijgewerkt {time}","cc.sync.pending_since":"Wacht sinds {time}","cc.sync_reason.unreachable":"De deur was niet bereikbaar via Bluetooth.","cc.sync_reason.busy":"De deurunit was bezig met een andere controller.","cc.sync_reason.conflict":"De lijst in de deurunit bleef veranderen tijdens het bijwerken (schrijft een andere hub ernaar?).","cc.sync_reason.unit_full":"De deur heeft meer pincodes en tags dan de unit kan bevatten.","cc.sync_reason.not_paired":"De deurunit kent deze hub niet meer: zie Reparaties.","cc.sync_reason.unknown":"De laatste bijwerking is mislukt.","cc.sync.unknown":"Bijwerken onbekend","cc.window.always":"Zonder einddatum","cc.window.from":"Vanaf {from}","cc.window.until":"Tot {until}","cc.window.between":"{from} – {until}","cc.overview.doors":"Deuren","cc.overview.people":"Personen","cc.overview.no_doors":"Nog geen deuren. Voeg een deurunit toe onder Instellingen → Apparaten en diensten → Digital Key.","cc.overview.no_people":"Nog geen personen. Voeg er een toe of importeer de bewonerslijst.","cc.overview.no_match":"Niemand gevonden.","cc.overview.add_person":"Persoon toevoegen","cc.overview.search":"Personen zoeken","cc.overview.search_placeholder":"Naam, woning of telefoon","cc.overview.any_role":"Alle rollen","cc.overview.any_entrance":"Alle ingangen","cc.overview.filter_no_consent":"Zonder toestemming","cc.overview.filter_no_user":"Zonder gekoppelde gebruiker","cc.overview.filter_at_limit":"Delen op de limiet","cc.overview.count":"{count} personen","cc.overview.count_filtered":"{count} van {total} personen","cc.overview.showing":"{shown} van {count} getoond","cc.overview.show_more":"Nog {count} tonen","cc.overview.keys":"{count} sleutels","cc.overview.keys_hint":"Deuren waarvan deze persoon een sleutel heeft","cc.overview.shares":"{count} gedeeld","cc.overview.shares_hint":"Actieve sleutels die deze persoon deelde","cc.overview.at_limit":"Kan niet meer delen: de deellimiet van een sleutel is bereikt","cc.overview.no_consent":"Geen toestemming","cc.overview.no_user":"Geen gebruiker","cc.person.add_title":"Persoon toevoegen","cc.person.edit_title":"Gegevens wijzigen","cc.person.add":"Toevoegen","cc.person.added":"Persoon toegevoegd.","cc.person.saved":"Gegevens opgeslagen.","cc.person.name":"Naam","cc.person.name_needed":"Vul de naam in.","cc.person.role":"Rol","cc.person.phone":"Mobiel nummer","cc.person.email":"E-mail","cc.person.dwelling":"Woning","cc.person.entrance":"Ingang","cc.person.language":"Taal van berichten","cc.person.language_default":"Zoals Home Assistant is ingesteld","cc.person.user":"Home Assistant-gebruiker","cc.person.user_hint":"De gebruiker in wiens app de sleutels van deze persoon staan.","cc.person.no_user":"Geen","cc.person.user_unknown":"Een gebruiker die niet meer bestaat","cc.person.user_linked_to":"{user} (gekoppeld aan {person})","cc.person.consent":"Stemt in met digitale berichten","cc.person.consent_short":"Toestemming","cc.person.consent_hint":"Zonder toestemming krijgt de persoon wel sleutels, maar geen berichten erover.","cc.person.details":"Gegevens","cc.person.keys":"Sleutels","cc.person.no_keys":"Nog geen sleutels.","cc.person.credentials":"Pincodes en tags","cc.person.no_credentials":"Geen pincode of tag.","cc.person.shares":"Sleutels die deze persoon deelde","cc.person.no_shares":"Geen gedeelde sleutels.","cc.person.events":"Recente gebeurtenissen","cc.person.export":"Gegevens exporteren","cc.person.exported":"De export is gedownload.","cc.person.erase":"Wissen","cc.person.erase_title":"{name} wissen?","cc.person.erase_text":"Gewist worden de gegevens (naam, telefoon, e-mail, woning), de sleutels, de sleutels die deze persoon deelde of kreeg, en de pincodes en tags.","cc.person.erase_log":"Het logboek houdt de regels, gepseudonimiseerd: ze leiden niet meer naar de persoon.","cc.person.erase_final":"Dit kan niet ongedaan worden gemaakt. Exporteer eerst de gegevens als de persoon erom vroeg.","cc.person.erased":"De persoon is gewist.","cc.person.remove":"Persoon verwijderen","cc.person.remove_title":"{name} verwijderen?","cc.person.remove_text":"De sleutels ({keys}) en de pincodes en tags ({credentials}) gaan mee.","cc.person.remove_shares":"De {count} sleutels die deze persoon deelde, werken ook niet meer.","cc.person.remove_no_shares":"Deze persoon heeft geen gedeelde sleutels.","cc.person.remove_log":"Het logboek houdt de regels; gebruik Wissen om ook die te verwijderen.","cc.person.removed":"{name} is verwijderd.","cc.key.door":"Deur","cc.key.when":"Wanneer","cc.key.sharing":"Delen","cc.key.bundle_of":"Sleutelbos: {doors}","cc.key.emergency":"Noodsleutel","cc.key.no_sharing":"Niet delen","cc.key.sharing_used":"Mag delen: {used} van {limit}","cc.key.saved":"De sleutel is gewijzigd.","cc.key.remove":"Sleutel verwijderen","cc.key.remove_title":"Deze sleutel verwijderen?","cc.key.remove_text":"{person} kan {name} er niet meer mee openen.","cc.key.remove_shares":"De {count} sleutels die ervan gedeeld zijn, werken ook niet meer.","cc.key.removed":"De sleutel is verwijderd.","cc.grant.open":"Toegang geven","cc.grant.add_title":"Toegang geven","cc.grant.edit_title":"Sleutel wijzigen: {name}","cc.grant.people_title":"Toegang geven tot {door}","cc.grant.doors":"Deuren","cc.grant.bundles":"Sleutelbossen","cc.grant.people":"Personen","cc.grant.chosen":"{count} gekozen","cc.grant.all_of":"Alle {count} kiezen","cc.grant.none_of":"Alle {count} wissen","cc.grant.more_people":"{shown} van {count} getoond: zoek om de lijst te verkleinen. Alle kiezen neemt alle resultaten.","cc.grant.choose_doors":"Kies minstens één deur of sleutelbos.","cc.grant.choose_people":"Kies minstens één persoon.","cc.grant.window":"Geldig","cc.grant.from":"Vanaf","cc.grant.until":"Tot","cc.grant.window_hint":"Leeg laten: vanaf nu, zonder einddatum.","cc.grant.sharing":"Delen","cc.grant.may_share":"Mag de sleutel met anderen delen","cc.grant.share_limit":"Maximaal aantal delingen tegelijk","cc.grant.share_limit_placeholder":"Zoals eerder","cc.grant.share_hint":"Voor een deur waarvan de persoon al een sleutel heeft, blijft het delen zoals het is, tenzij je ‘Mag delen’ aanvinkt of een aantal invult.","cc.grant.share_hint_edit":"Delen uitzetten trekt de sleutels in die hiervan gedeeld zijn.","cc.grant.save":"Toegang geven","cc.grant.added":"Toegang gegeven.","cc.schedule.limited":"Alleen op vaste tijden in de week","cc.schedule.any_time":"Op elk moment van de dag en de week.","cc.schedule.any_time_short":"Altijd","cc.schedule.weekdays":"Weekdagen","cc.schedule.start":"Van","cc.schedule.end":"Tot","cc.schedule.add_window":"Tijden toevoegen","cc.schedule.remove_window":"Deze tijden verwijderen","cc.schedule.overnight_hint":"Tijden zijn de lokale tijd van het gebouw; een einde vóór het begin loopt door de nacht.","cc.sharing.title":"Delen: {name}","cc.sharing.used":"Nu gedeeld: {used} van {limit}.","cc.sharing.off_revokes":"De {count} sleutels die van deze sleutel gedeeld zijn, worden ingetrokken.","cc.sharing.lower_keeps":"Een lagere limiet houdt de bestaande delingen; nieuwe wachten tot er minder actief zijn.","cc.emergency.open":"Noodsleutel","cc.emergency.title":"Noodsleutel voor {name}","cc.emergency.intro":"Opent meteen, op elk tijdstip, buiten elk rooster. Hij kan niet gedeeld worden en elk gebruik wordt aan het bestuur gemeld.","cc.emergency.reason":"Reden","cc.emergency.reason_placeholder":"Bijvoorbeeld: waterlek in de kelder","cc.emergency.reason_needed":"Geef een reden: het bestuur vraagt waarom.","cc.emergency.until":"Tot","cc.emergency.until_default":"Leeg: 24 uur vanaf nu.","cc.emergency.issue":"Noodsleutel uitgeven","cc.emergency.issued":"Noodsleutel uitgegeven.","cc.credential.open":"Pincode of tag toevoegen","cc.credential.title":"Pincode of tag voor {name}","cc.credential.random":"Een willekeurige pincode","cc.credential.random_hint":"De hub kiest hem en toont hem één keer, hier.","cc.credential.chosen":"Een pincode die ik kies","cc.credential.chosen_hint":"Minstens {min} cijfers; makkelijk te raden codes worden geweigerd.","cc.credential.tag":"Een tag met zijn UID","cc.credential.tag_hint":"Typ de UID die op de tag of het zakje staat.","cc.credential.learn":"De tag nu bij een deur aanbieden","cc.credential.learn_hint":"De lezer van de deur vangt binnen een minuut de volgende onbekende tag die ervoor gehouden wordt.","cc.credential.no_reader":"Geen deur heeft een taglezer.","cc.credential.pin":"Pincode","cc.credential.pin_digits":"Een pincode bestaat alleen uit cijfers, minstens {min}.","cc.credential.uid":"UID van de tag (hex)","cc.credential.tag_needed":"Typ de UID van de tag.","cc.credential.door":"Deur","cc.credential.label":"Label (optioneel)","cc.credential.label_placeholder":"Bijvoorbeeld: blauwe tag","cc.credential.add":"Toevoegen","cc.credential.start_learning":"Beginnen met luisteren","cc.credential.present_now":"Houd de tag nu voor de lezer van {door}…","cc.credential.added":"Toegevoegd. Hij bereikt de deuren bij de volgende bijwerking.","cc.credential.pin_title":"De pincode voor {name}","cc.credential.pin_once":"Geef hem nu aan de persoon: hij wordt alleen deze keer getoond en is daarna niet meer te lezen.","cc.credential.copy_failed":"Kopiëren lukte niet: selecteer de code en kopieer hem zelf.","cc.credential.pin_not_set":"Pincode: niet ingesteld","cc.credential.a_pin":"Pincode","cc.credential.a_tag":"Tag","cc.credential.a_tag_hint":"Tag …{hint}","cc.credential.since":"toegevoegd {time}","cc.credential.active":"Actief","cc.credential.blocked_at":"Geblokkeerd {time}","cc.credential.block":"Blokkeren","cc.credential.block_pin_title":"Deze pincode blokkeren?","cc.credential.block_tag_title":"Deze tag blokkeren?","cc.credential.block_text":"Hij werkt niet meer bij de deuren voordat iets anders wordt bijgewerkt.","cc.credential.block_keep":"Een geblokkeerde code of tag blijft in de lijst, en een poging ermee wordt aan het bestuur gemeld.","cc.credential.blocked_toast":"Geblokkeerd.","cc.credential.remove_pin_title":"Deze pincode verwijderen?","cc.credential.remove_tag_title":"Deze tag verwijderen?","cc.credential.remove_text":"Hij opent de deuren niet meer zodra ze bijgewerkt zijn. Bij een verloren tag of uitgelekte code: blokkeer hem liever, dat gaat sneller.","cc.credential.removed":"Verwijderd.","cc.share.to":"Gedeeld als","cc.share.uses":"Status en gebruik","cc.share.uses_n":"{uses} keer gebruikt","cc.share.uses_of":"{uses} van {limit} keer gebruikt","cc.share.last_used":"Laatst gebruikt {time}","cc.share.revoke":"Intrekken","cc.share.revoke_title":"Deze gedeelde sleutel intrekken?","cc.share.revoke_text":"Hij opent {door} meteen niet meer.","cc.share.revoked":"De gedeelde sleutel is ingetrokken.","cc.share_kind.user":"Aan een Home Assistant-gebruiker","cc.share_kind.link":"Gastlink","cc.share_kind.pin":"Pincode","cc.share_kind.unknown":"Gedeelde sleutel","cc.share_status.active":"Actief","cc.share_status.not_yet_valid":"Nog niet geldig","cc.share_status.used_up":"Opgebruikt","cc.share_status.expired":"Verlopen","cc.share_status.revoked":"Ingetrokken","cc.share_status.unknown":"Onbekend","cc.door.details":"Deur","cc.door.address":"Adres","cc.door.entrance_x":"Ingang {entrance}","cc.door.lock":"Slot","cc.door.sync":"Pincodes en tags","cc.door.keypad":"Toetsenbord","cc.door.reader":"Taglezer","cc.door.access":"Wie heeft toegang","cc.door.no_access":"Niemand heeft een sleutel van deze deur.","cc.door.search":"Sleutelhouders zoeken","cc.door.holders":"{count} sleutels","cc.door.opens_now":"Opent nu","cc.door.not_now":"Nu niet","cc.door.guest":"Gast","cc.door.tick":"{name} kiezen","cc.door.tick_all":"Alle kiezen","cc.door.give":"Toegang geven","cc.door.given":"Toegang gegeven.","cc.door.remove":"Toegang intrekken","cc.door.remove_n":"Toegang intrekken ({count})","cc.door.remove_title":"{count} sleutels intrekken?","cc.door.remove_text":"De {count} gekozen sleutels openen {door} niet meer.","cc.door.remove_bundles":"Sleutels uit een sleutelbos ({bundles}) gaan in hun geheel weg, met de andere deuren van de sleutelbos.","cc.door.remove_shares_go":"Sleutels die de houders ervan deelden, werken ook niet meer.","cc.door.removed":"Toegang ingetrokken.","cc.door.events":"Recente gebeurtenissen","cc.via.grant":"Eigen sleutel","cc.via.bundle_named":"Sleutelbos: {bundle}","cc.via.organisation_named":"Organisatie: {organisation}","cc.via.bundle":"Sleutelbos","cc.via.share":"Gedeelde sleutel","cc.via.emergency":"Noodsleutel","cc.via.unknown":"Sleutel","cc.events.none":"Nog geen gebeurtenissen.","cc.events.time":"Tijd","cc.events.what":"Wat","cc.events.door":"Deur","cc.events.person":"Wie","cc.events.someone":"Iemand die niet meer in de lijst staat","cc.event.unlocked":"Ontgrendeld","cc.event.locked":"Vergrendeld","cc.event.unlatched":"Geopend","cc.event.denied":"Geweigerd","cc.event.blocked_credential_presented":"Geblokkeerde code of tag geprobeerd","cc.event.jammed":"Slot vastgelopen","cc.event.door_opened":"Deur geopend","cc.event.door_closed":"Deur gesloten","cc.event.rebooted":"Deurunit herstart","cc.event.clock_set":"Klok gezet","cc.event.battery_low":"Batterij bijna leeg","cc.event.tamper":"Sabotage","cc.event.paired":"Gekoppeld","cc.event.credentials_updated":"Pincodes en tags bijgewerkt","cc.event.share_used":"Gedeelde sleutel gebruikt","cc.event.emergency_key_used":"Noodsleutel gebruikt","cc.event.door_removed":"Deur verwijderd","cc.event.registry_changed":"Sleutels gewijzigd","cc.event.import":"Bewoners geïmporteerd","cc.event.erasure":"Persoon gewist","cc.event.unknown":"Gebeurtenis","cc.source.ble":"met de app","cc.source.pin":"met pincode","cc.source.tag":"met tag","cc.source.button":"met de knop binnen","cc.source.auto_relock":"automatisch","cc.source.hub_relock":"weer door de hub na een opening","cc.source.manual":"met de hand","cc.source.system":"door de deurunit","cc.source.hub":"door de hub","cc.source.guest_link":"met een gastlink","cc.source.unknown":"op een andere manier","cc.deny.unknown_credential":"onbekende code of tag","cc.deny.outside_schedule":"buiten de tijden","cc.deny.not_yet_valid":"nog niet geldig","cc.deny.expired":"verlopen","cc.deny.disabled":"geblokkeerd","cc.deny.keypad_locked":"toetsenbord vergrendeld na foute codes","cc.deny.no_key":"geen sleutel","cc.deny.use_limit_reached":"opgebruikt","cc.deny.share_revoked":"gedeelde sleutel ingetrokken","cc.deny.unattributed_refused":"geen bekende persoon","cc.deny.unknown":"andere reden","cc.overview.count_one":"{count} persoon","cc.overview.count_filtered_one":"{count} van {total} persoon","cc.overview.keys_one":"{count} sleutel","cc.door.holders_one":"{count} sleutel","cc.door.remove_title_one":"Deze sleutel intrekken?","cc.door.remove_text_one":"De gekozen sleutel opent {door} niet meer.","cc.sync.pending_hint_one":"Eén wijziging in pincodes en tags wacht om deze deur te bereiken.","cc.key.remove_shares_one":"De sleutel die ervan gedeeld is, werkt ook niet meer.","cc.person.remove_shares_one":"De sleutel die deze persoon deelde, werkt ook niet meer.","cc.sharing.off_revokes_one":"De sleutel die van deze sleutel gedeeld is, wordt ingetrokken.","cc.share.uses_n_one":"Eén keer gebruikt"};var Sn={"keys.title":"Mine nøgler","keys.menu":"Menu","keys.retry":"Prøv igen","keys.doors":"Dine døre","keys.unlock":"Lås op","keys.lock":"Lås","keys.open":"Åbn","keys.busy_unlock":"Låser op …","keys.busy_lock":"Låser …","keys.busy_open":"Åbner …","keys.done_unlock":"{door} er låst op","keys.done_lock":"{door} er låst","keys.done_open":"{door} er åben","keys.state_locked":"Låst","keys.state_unlocked":"Ulåst","keys.state_locking":"Låser","keys.state_unlocking":"Låser op","keys.state_open":"Åben","keys.state_opening":"Åbner","keys.state_jammed":"Låsen sidder fast","keys.state_unavailable":"Ikke tilgængelig","keys.state_unknown":"Ukendt","keys.opens_now":"Din nøgle åbner denne dør nu","keys.opens_next":"Åbner {when}","keys.opens_never":"Din nøgle åbner ikke længere denne dør","keys.share":"Del nøgle","keys.empty_title":"Du har ingen nøgler endnu","keys.empty_ask":"Bed bestyrelsen eller viceværten om en nøgle til dørene i andelsboligforeningen. Når du har fået den, vises dine døre her.","keys.empty_neighbour":"En nabo kan også dele sin nøgle med dig: giv naboen din brugerkode nedenfor.","keys.receive":"Modtag en nøgle","keys.receive_hint":"En nabo, der deler en nøgle med din Home Assistant-bruger, skal bruge denne kode. Det er ikke en adgangskode; den siger kun, hvem du er.","keys.copy":"Kopiér","keys.copied":"Kopieret","keys.copied_code":"Din brugerkode er kopieret","keys.copy_failed":"Kunne ikke kopiere. Markér teksten, og kopiér den selv.","keys.my_shares":"Nøgler, du har delt","keys.shares_empty":"Du har ikke delt nogen nøgler.","keys.shares_none_current":"Ingen af de nøgler, du har delt, er i brug nu.","keys.shares_show_ended_one":"Vis {count} udløbet nøgle","keys.shares_show_ended_other":"Vis {count} udløbne nøgler","keys.shares_hide_ended":"Skjul udløbne nøgler","keys.kind_link":"Link","keys.kind_pin":"PIN-kode","keys.kind_user":"Home Assistant-bruger","keys.kind_link_hint":"Alle med linket kan åbne døren fra browseren på deres telefon, uden en konto.","keys.kind_pin_hint":"En kode, der tastes på dørens tastatur.","keys.kind_user_hint":"Nøglen vises under Mine nøgler hos den bruger.","keys.status_active":"Aktiv","keys.status_used_up":"Brugt op","keys.status_expired":"Udløbet","keys.status_revoked":"Tilbagekaldt","keys.status_not_yet_valid":"Ikke gyldig endnu","keys.uses_of":"Brugt {uses} af {limit} gange","keys.uses_none":"Ikke brugt endnu","keys.uses_one":"Brugt én gang","keys.uses_other":"Brugt {count} gange","keys.last_used":"sidst brugt {when}","keys.notifies":"du bad om besked, når den bruges","keys.result_notifies":"Du får besked, når den bruges.","keys.window_until":"Gyldig til {until}","keys.window_from":"Gyldig fra {from}","keys.window_from_until":"Gyldig fra {from} til {until}","keys.window_open":"Gyldig, så længe din egen nøgle er","keys.revoked_at":"Tilbagekaldt {when}","keys.ended_at":"Udløb {when}","keys.revoke":"Tilbagekald","keys.revoke_title":"Tilbagekald denne nøgle?","keys.revoke_body":"{who} kan ikke længere åbne {door} med den nøgle, du delte.","keys.revoke_what_link":"Linket holder op med at virke med det samme, også hvis det er sendt videre.","keys.revoke_what_pin":"PIN-koden fjernes fra dørens tastatur og holder op med at virke.","keys.revoke_what_user":"Døren forsvinder fra Mine nøgler hos den bruger.","keys.revoked":"Nøglen til {who} er tilbagekaldt","keys.cancel":"Annullér","keys.done":"Færdig","keys.share_title":"Del {door}","keys.share_result_title":"{door} er delt","keys.shares_left_one":"Du kan dele denne dør {count} gang mere.","keys.shares_left_other":"Du kan dele denne dør {count} gange mere.","keys.shares_none_left_one":"Du har delt denne dør så mange gange, som din nøgle tillader ({count} ad gangen). Tilbagekald en delt nøgle først.","keys.shares_none_left_other":"Du har delt denne dør så mange gange, som din nøgle tillader ({count} ad gangen). Tilbagekald en delt nøgle først.","keys.share_kind":"Del som","keys.share_who":"Hvem er den til?","keys.share_who_placeholder":"Navn eller telefonnummer","keys.share_who_hint":"Kun du ser dette, i listen over nøgler, du har delt.","keys.share_user":"Deres brugerkode","keys.share_user_hint":"De finder den under deres egne Mine nøgler, under »Modtag en nøgle«.","keys.share_pin_random":"Lad hubben vælge en kode","keys.share_pin_chosen":"Vælg koden selv","keys.share_pin":"PIN-kode (4 til 8 cifre)","keys.share_pin_hint":"Undgå nemme koder som 1234 eller et årstal.","keys.share_until":"Gyldig til","keys.until_today":"I dag","keys.until_day":"24 timer","keys.until_week":"1 uge","keys.until_none":"Uden slut","keys.until_none_hint":"Gyldig, så længe din egen nøgle er, indtil du tilbagekalder den.","keys.share_later":"Starter senere","keys.share_from":"Gyldig fra","keys.share_uses":"Antal brug (valgfrit)","keys.share_uses_placeholder":"Ingen grænse","keys.share_language":"Sprog på gæstesiden","keys.share_language_building":"Foreningens sprog","keys.language_en":"English","keys.language_nb":"Norsk (bokmål)","keys.language_da":"Dansk","keys.language_nl":"Nederlands","keys.share_notify":"Giv mig besked, når den bruges","keys.share_create_link":"Opret link","keys.share_create_pin":"Opret PIN-kode","keys.share_create_user":"Del nøgle","keys.invalid_from":"Vælg, hvornår nøglen skal begynde at gælde.","keys.invalid_until":"Vælg, hvornår nøglen holder op med at gælde, eller vælg »Uden slut«.","keys.until_in_past":"Nøglen skal slutte, efter den begynder, og i fremtiden.","keys.invalid_uses":"Antal brug er et helt tal fra 1 til 1000, eller tomt for ingen grænse.","keys.user_needed":"Skriv brugerkoden på den, du deler med.","keys.pin_needed":"En PIN-kode har 4 til 8 cifre.","keys.result_link":"Send dette link til {who}. Det vises kun nu.","keys.result_pin":"Giv denne kode til {who}. Den vises kun nu.","keys.result_pin_chosen":"Den PIN-kode, du valgte, åbner nu døren.","keys.result_user":"{who} finder nu nøglen under Mine nøgler.","keys.result_link_anon":"Send dette link til din gæst. Det vises kun nu.","keys.result_pin_anon":"Giv denne kode til din gæst. Den vises kun nu.","keys.result_user_anon":"Brugeren finder nu nøglen under Mine nøgler.","keys.result_uses_one":"Den kan bruges én gang.","keys.result_uses_other":"Den kan bruges {count} gange.","keys.result_once":"Når du lukker dette, kan den ikke vises igen; tilbagekald den, og del igen, hvis den bliver væk.","keys.send":"Send","keys.send_link_text":"En nøgle til {door}. Åbn linket, når du står ved døren.","keys.send_pin_text":"Din kode til {door}: {pin}","keys.pin.title":"Min pinkode","keys.pin.title_tags":"Min pinkode og brikker","keys.pin.pin":"Pinkode","keys.pin.tag":"Brik …{hint}","keys.pin.added_at":"tilføjet {when}","keys.pin.blocked":"Spærret af bestyrelsen {when}: den åbner ikke længere.","keys.pin.remove":"Fjern","keys.pin.remove_confirm":"Fjern din pinkode? Den holder op med at virke ved dørene; du kan vælge en ny bagefter.","keys.pin.remove_confirm_board":"Fjern din pinkode? Den holder op med at virke ved dørene, og kun bestyrelsen kan give dig en ny.","keys.pin.change_hint":"For at skifte pinkode fjerner du den og vælger en ny.","keys.pin.ask_board":"Bed bestyrelsen om en ny pinkode.","keys.pin.none":"Du har endnu ingen pinkode til dørenes tastatur. Vælg en, eller lad hubben trække en.","keys.pin.choose_label":"Din nye pinkode","keys.pin.hint":"Mindst {min} cifre; koder, der er lette at gætte eller allerede er i brug, afvises. Ingen kan se den bagefter, heller ikke dig.","keys.pin.use":"Brug denne kode","keys.pin.random":"Træk en for mig","keys.pin.shown":"Din pinkode. Den vises kun nu: lær den, eller opbevar den et sikkert sted.","keys.pin.done":"Færdig","keys.pin.bad":"En pinkode består kun af cifre, mindst {min}.","keys.pin.added":"Din pinkode er sat. Den åbner ved tastaturerne, så snart dørene har fået den, om få sekunder.","keys.pin.removed":"Din pinkode er fjernet."};var Tn={"keys.title":"My keys","keys.menu":"Menu","keys.retry":"Try again","keys.doors":"Your doors","keys.unlock":"Unlock","keys.lock":"Lock","keys.open":"Open","keys.busy_unlock":"Unlocking…","keys.busy_lock":"Locking…","keys.busy_open":"Opening…","keys.done_unlock":"{door} is unlocked","keys.done_lock":"{door} is locked","keys.done_open":"{door} is open","keys.state_locked":"Locked","keys.state_unlocked":"Unlocked","keys.state_locking":"Locking","keys.state_unlocking":"Unlocking","keys.state_open":"Open","keys.state_opening":"Opening","keys.state_jammed":"Jammed","keys.state_unavailable":"Not reachable","keys.state_unknown":"Unknown","keys.opens_now":"Your key opens this door now","keys.opens_next":"Opens {when}","keys.opens_never":"Your key no longer opens this door","keys.share":"Share key","keys.empty_title":"You have no keys yet","keys.empty_ask":"Ask the board or the caretaker to give you a key to the doors of your building. Once they have, your doors show up here.","keys.empty_neighbour":"A neighbour can also share their key with you: give them your user code below.","keys.receive":"Receive a key","keys.receive_hint":"A neighbour who shares a key with your Home Assistant user needs this code. It is not a password; it only says who you are.","keys.copy":"Copy","keys.copied":"Copied","keys.copied_code":"Your user code is copied","keys.copy_failed":"Could not copy. Select the text and copy it yourself.","keys.my_shares":"Keys you shared","keys.shares_empty":"You have not shared any keys.","keys.shares_none_current":"None of the keys you shared is in use now.","keys.shares_show_ended_one":"Show {count} ended key","keys.shares_show_ended_other":"Show {count} ended keys","keys.shares_hide_ended":"Hide ended keys","keys.kind_link":"Link","keys.kind_pin":"PIN code","keys.kind_user":"Home Assistant user","keys.kind_link_hint":"Anyone with the link can open the door from their phone's browser, without an account.","keys.kind_pin_hint":"A code to type at the door's keypad.","keys.kind_user_hint":"The key appears in that user's My keys.","keys.status_active":"Active","keys.status_used_up":"Used up","keys.status_expired":"Expired","keys.status_revoked":"Revoked","keys.status_not_yet_valid":"Not yet valid","keys.uses_of":"Used {uses} of {limit} times","keys.uses_none":"Not used yet","keys.uses_one":"Used once","keys.uses_other":"Used {count} times","keys.last_used":"last used {when}","keys.notifies":"you asked to be told when it is used","keys.result_notifies":"You will be told when it is used.","keys.window_until":"Valid until {until}","keys.window_from":"Valid from {from}","keys.window_from_until":"Valid from {from} until {until}","keys.window_open":"Valid as long as your own key","keys.revoked_at":"Revoked {when}","keys.ended_at":"Ended {when}","keys.revoke":"Revoke","keys.revoke_title":"Revoke this key?","keys.revoke_body":"{who} can no longer open {door} with the key you shared.","keys.revoke_what_link":"The link stops working at once, also if it has been passed on.","keys.revoke_what_pin":"The PIN code is removed from the door's keypad and stops working.","keys.revoke_what_user":"The door disappears from that user's My keys.","keys.revoked":"The key for {who} is revoked","keys.cancel":"Cancel","keys.done":"Done","keys.share_title":"Share {door}","keys.share_result_title":"{door} is shared","keys.shares_left_one":"You can share this door {count} more time.","keys.shares_left_other":"You can share this door {count} more times.","keys.shares_none_left_one":"You have shared this door as often as your key allows ({count} at a time). Revoke a shared key first.","keys.shares_none_left_other":"You have shared this door as often as your key allows ({count} at a time). Revoke a shared key first.","keys.share_kind":"Share as","keys.share_who":"Who is it for?","keys.share_who_placeholder":"Name or phone number","keys.share_who_hint":"Only you see this, in your list of shared keys.","keys.share_user":"Their user code","keys.share_user_hint":"They find it in their own My keys, under “Receive a key”.","keys.share_pin_random":"Let the hub pick a code","keys.share_pin_chosen":"Choose the code myself","keys.share_pin":"PIN code (4 to 8 digits)","keys.share_pin_hint":"Avoid easy codes such as 1234 or a year.","keys.share_until":"Valid until","keys.until_today":"Today","keys.until_day":"24 hours","keys.until_week":"1 week","keys.until_none":"No end","keys.until_none_hint":"Valid as long as your own key, until you revoke it.","keys.share_later":"Starts later","keys.share_from":"Valid from","keys.share_uses":"Number of uses (optional)","keys.share_uses_placeholder":"No limit","keys.share_language":"Language of the guest page","keys.share_language_building":"The building's language","keys.language_en":"English","keys.language_nb":"Norsk (bokmål)","keys.language_da":"Dansk","keys.language_nl":"Nederlands","keys.share_notify":"Tell me when it is used","keys.share_create_link":"Create link","keys.share_create_pin":"Create PIN code","keys.share_create_user":"Share key","keys.invalid_from":"Choose when the key starts.","keys.invalid_until":"Choose when the key ends, or pick “No end”.","keys.until_in_past":"The key must end after it starts, and in the future.","keys.invalid_uses":"The number of uses is a whole number from 1 to 1000, or empty for no limit.","keys.user_needed":"Enter the user code of the person you share with.","keys.pin_needed":"A PIN code is 4 to 8 digits.","keys.result_link":"Send this link to {who}. It is shown only now.","keys.result_pin":"Give this code to {who}. It is shown only now.","keys.result_pin_chosen":"The PIN code you chose now opens the door.","keys.result_user":"{who} now finds the key in their My keys.","keys.result_link_anon":"Send this link to your guest. It is shown only now.","keys.result_pin_anon":"Give this code to your guest. It is shown only now.","keys.result_user_anon":"The user now finds the key in their My keys.","keys.result_uses_one":"It can be used once.","keys.result_uses_other":"It can be used {count} times.","keys.result_once":"When you close this, it cannot be shown again; revoke it and share again if it gets lost.","keys.send":"Send","keys.send_link_text":"A key to {door}. Open the link when you are at the door.","keys.send_pin_text":"Your code for {door}: {pin}","keys.pin.title":"My PIN code","keys.pin.title_tags":"My PIN code and tags","keys.pin.pin":"PIN code","keys.pin.tag":"Tag …{hint}","keys.pin.added_at":"added {when}","keys.pin.blocked":"Blocked by the board {when}: it no longer opens.","keys.pin.remove":"Remove","keys.pin.remove_confirm":"Remove your PIN code? It stops working at the doors; you can choose a new one afterwards.","keys.pin.remove_confirm_board":"Remove your PIN code? It stops working at the doors, and only the board can give you a new one.","keys.pin.change_hint":"To change your PIN code, remove it and choose a new one.","keys.pin.ask_board":"Ask the board for a new PIN code.","keys.pin.none":"You have no PIN code for the doors' keypads yet. Choose one, or let the hub draw one.","keys.pin.choose_label":"Your new PIN code","keys.pin.hint":"At least {min} digits; codes that are easy to guess, or already in use, are refused. Nobody can see it afterwards, not even you.","keys.pin.use":"Use this code","keys.pin.random":"Draw one for me","keys.pin.shown":"Your PIN code. It is shown only now: learn it, or keep it somewhere safe.","keys.pin.done":"Done","keys.pin.bad":"A PIN code is digits only, at least {min}.","keys.pin.added":"Your PIN code is set. It opens at the keypads once the doors have it, in a few seconds.","keys.pin.removed":"Your PIN code is removed."};var En={"keys.title":"Mine nøkler","keys.menu":"Meny","keys.retry":"Prøv igjen","keys.doors":"Dørene dine","keys.unlock":"Lås opp","keys.lock":"Lås","keys.open":"Åpne","keys.busy_unlock":"Låser opp …","keys.busy_lock":"Låser …","keys.busy_open":"Åpner …","keys.done_unlock":"{door} er låst opp","keys.done_lock":"{door} er låst","keys.done_open":"{door} er åpen","keys.state_locked":"Låst","keys.state_unlocked":"Ulåst","keys.state_locking":"Låser","keys.state_unlocking":"Låser opp","keys.state_open":"Åpen","keys.state_opening":"Åpner","keys.state_jammed":"Låsen sitter fast","keys.state_unavailable":"Ikke tilgjengelig","keys.state_unknown":"Ukjent","keys.opens_now":"Nøkkelen din åpner denne døren nå","keys.opens_next":"Åpner {when}","keys.opens_never":"Nøkkelen din åpner ikke lenger denne døren","keys.share":"Del nøkkel","keys.empty_title":"Du har ingen nøkler ennå","keys.empty_ask":"Be styret eller vaktmesteren om en nøkkel til dørene i borettslaget eller sameiet. Når du har fått den, vises dørene dine her.","keys.empty_neighbour":"En nabo kan også dele nøkkelen sin med deg: gi naboen brukerkoden din nedenfor.","keys.receive":"Motta en nøkkel","keys.receive_hint":"En nabo som deler en nøkkel med Home Assistant-brukeren din, trenger denne koden. Det er ikke et passord; den sier bare hvem du er.","keys.copy":"Kopier","keys.copied":"Kopiert","keys.copied_code":"Brukerkoden din er kopiert","keys.copy_failed":"Kunne ikke kopiere. Merk teksten og kopier den selv.","keys.my_shares":"Nøkler du har delt","keys.shares_empty":"Du har ikke delt noen nøkler.","keys.shares_none_current":"Ingen av nøklene du har delt, er i bruk nå.","keys.shares_show_ended_one":"Vis {count} avsluttet nøkkel","keys.shares_show_ended_other":"Vis {count} avsluttede nøkler","keys.shares_hide_ended":"Skjul avsluttede nøkler","keys.kind_link":"Lenke","keys.kind_pin":"PIN-kode","keys.kind_user":"Home Assistant-bruker","keys.kind_link_hint":"Alle som har lenken, kan åpne døren fra nettleseren på mobilen, uten konto.","keys.kind_pin_hint":"En kode som tastes inn på dørens tastatur.","keys.kind_user_hint":"Nøkkelen vises under Mine nøkler hos den brukeren.","keys.status_active":"Aktiv","keys.status_used_up":"Brukt opp","keys.status_expired":"Utløpt","keys.status_revoked":"Trukket tilbake","keys.status_not_yet_valid":"Ikke gyldig ennå","keys.uses_of":"Brukt {uses} av {limit} ganger","keys.uses_none":"Ikke brukt ennå","keys.uses_one":"Brukt én gang","keys.uses_other":"Brukt {count} ganger","keys.last_used":"sist brukt {when}","keys.notifies":"du ba om beskjed når den brukes","keys.result_notifies":"Du får beskjed når den brukes.","keys.window_until":"Gyldig til {until}","keys.window_from":"Gyldig fra {from}","keys.window_from_until":"Gyldig fra {from} til {until}","keys.window_open":"Gyldig så lenge din egen nøkkel er det","keys.revoked_at":"Trukket tilbake {when}","keys.ended_at":"Utløp {when}","keys.revoke":"Trekk tilbake","keys.revoke_title":"Trekke tilbake denne nøkkelen?","keys.revoke_body":"{who} kan ikke lenger åpne {door} med nøkkelen du delte.","keys.revoke_what_link":"Lenken slutter å virke med en gang, også om den er sendt videre.","keys.revoke_what_pin":"PIN-koden fjernes fra dørens tastatur og slutter å virke.","keys.revoke_what_user":"Døren forsvinner fra Mine nøkler hos den brukeren.","keys.revoked":"Nøkkelen til {who} er trukket tilbake","keys.cancel":"Avbryt","keys.done":"Ferdig","keys.share_title":"Del {door}","keys.share_result_title":"{door} er delt","keys.shares_left_one":"Du kan dele denne døren {count} gang til.","keys.shares_left_other":"Du kan dele denne døren {count} ganger til.","keys.shares_none_left_one":"Du har delt denne døren så mange ganger som nøkkelen din tillater ({count} om gangen). Trekk tilbake en delt nøkkel først.","keys.shares_none_left_other":"Du har delt denne døren så mange ganger som nøkkelen din tillater ({count} om gangen). Trekk tilbake en delt nøkkel først.","keys.share_kind":"Del som","keys.share_who":"Hvem er den til?","keys.share_who_placeholder":"Navn eller telefonnummer","keys.share_who_hint":"Bare du ser dette, i listen over nøkler du har delt.","keys.share_user":"Brukerkoden deres","keys.share_user_hint":"De finner den under sine egne Mine nøkler, under «Motta en nøkkel».","keys.share_pin_random":"La huben velge en kode","keys.share_pin_chosen":"Velg koden selv","keys.share_pin":"PIN-kode (4 til 8 sifre)","keys.share_pin_hint":"Unngå enkle koder som 1234 eller et årstall.","keys.share_until":"Gyldig til","keys.until_today":"I dag","keys.until_day":"24 timer","keys.until_week":"1 uke","keys.until_none":"Uten slutt","keys.until_none_hint":"Gyldig så lenge din egen nøkkel er det, til du trekker den tilbake.","keys.share_later":"Starter senere","keys.share_from":"Gyldig fra","keys.share_uses":"Antall bruk (valgfritt)","keys.share_uses_placeholder":"Ingen grense","keys.share_language":"Språk på gjestesiden","keys.share_language_building":"Standardspråket","keys.language_en":"English","keys.language_nb":"Norsk (bokmål)","keys.language_da":"Dansk","keys.language_nl":"Nederlands","keys.share_notify":"Gi meg beskjed når den brukes","keys.share_create_link":"Lag lenke","keys.share_create_pin":"Lag PIN-kode","keys.share_create_user":"Del nøkkel","keys.invalid_from":"Velg når nøkkelen skal begynne å gjelde.","keys.invalid_until":"Velg når nøkkelen skal slutte å gjelde, eller velg «Uten slutt».","keys.until_in_past":"Nøkkelen må slutte etter at den begynner, og i fremtiden.","keys.invalid_uses":"Antall bruk er et helt tall fra 1 til 1000, eller tomt for ingen grense.","keys.user_needed":"Skriv inn brukerkoden til den du deler med.","keys.pin_needed":"En PIN-kode har 4 til 8 sifre.","keys.result_link":"Send denne lenken til {who}. Den vises bare nå.","keys.result_pin":"Gi denne koden til {who}. Den vises bare nå.","keys.result_pin_chosen":"PIN-koden du valgte, åpner nå døren.","keys.result_user":"{who} finner nå nøkkelen under Mine nøkler.","keys.result_link_anon":"Send denne lenken til gjesten din. Den vises bare nå.","keys.result_pin_anon":"Gi denne koden til gjesten din. Den vises bare nå.","keys.result_user_anon":"Brukeren finner nå nøkkelen under Mine nøkler.","keys.result_uses_one":"Den kan brukes én gang.","keys.result_uses_other":"Den kan brukes {count} ganger.","keys.result_once":"Når du lukker dette, kan den ikke vises igjen; trekk den tilbake og del på nytt om den blir borte.","keys.send":"Send","keys.send_link_text":"En nøkkel til {door}. Åpne lenken når du står ved døren.","keys.send_pin_text":"Koden din til {door}: {pin}","keys.pin.title":"Min PIN-kode","keys.pin.title_tags":"Min PIN-kode og brikker","keys.pin.pin":"PIN-kode","keys.pin.tag":"Brikke …{hint}","keys.pin.added_at":"lagt til {when}","keys.pin.blocked":"Sperret av styret {when}: den åpner ikke lenger.","keys.pin.remove":"Fjern","keys.pin.remove_confirm":"Fjerne PIN-koden din? Den slutter å virke på dørene; du kan velge en ny etterpå.","keys.pin.remove_confirm_board":"Fjerne PIN-koden din? Den slutter å virke på dørene, og bare styret kan gi deg en ny.","keys.pin.change_hint":"For å bytte PIN-kode fjerner du den og velger en ny.","keys.pin.ask_board":"Be styret om en ny PIN-kode.","keys.pin.none":"Du har ingen PIN-kode til dørenes tastatur ennå. Velg en, eller la huben trekke en.","keys.pin.choose_label":"Din nye PIN-kode","keys.pin.hint":"Minst {min} sifre; koder som er lette å gjette, eller som allerede er i bruk, avvises. Ingen kan se den etterpå, heller ikke du.","keys.pin.use":"Bruk denne koden","keys.pin.random":"Trekk en for meg","keys.pin.shown":"PIN-koden din. Den vises bare nå: lær den, eller oppbevar den et trygt sted.","keys.pin.done":"Ferdig","keys.pin.bad":"En PIN-kode består bare av sifre, minst {min}.","keys.pin.added":"PIN-koden din er satt. Den åpner på tastaturene så snart dørene har fått den, om noen sekunder.","keys.pin.removed":"PIN-koden din er fjernet."};var Dn={"keys.title":"Mijn sleutels","keys.menu":"Menu","keys.retry":"Opnieuw proberen","keys.doors":"Je deuren","keys.unlock":"Ontgrendelen","keys.lock":"Vergrendelen","keys.open":"Openen","keys.busy_unlock":"Ontgrendelen…","keys.busy_lock":"Vergrendelen…","keys.busy_open":"Openen…","keys.done_unlock":"{door} is ontgrendeld","keys.done_lock":"{door} is vergrendeld","keys.done_open":"{door} is open","keys.state_locked":"Vergrendeld","keys.state_unlocked":"Ontgrendeld","keys.state_locking":"Bezig met vergrendelen","keys.state_unlocking":"Bezig met ontgrendelen","keys.state_open":"Open","keys.state_opening":"Bezig met openen","keys.state_jammed":"Klemt","keys.state_unavailable":"Niet bereikbaar","keys.state_unknown":"Onbekend","keys.opens_now":"Je sleutel opent deze deur nu","keys.opens_next":"Gaat open {when}","keys.opens_never":"Je sleutel opent deze deur niet meer","keys.share":"Sleutel delen","keys.empty_title":"Je hebt nog geen sleutels","keys.empty_ask":"Vraag het bestuur van de VvE of de beheerder om een sleutel voor de deuren van je gebouw. Zodra je die hebt, staan je deuren hier.","keys.empty_neighbour":"Een buur kan ook een sleutel met je delen: geef je buur je gebruikerscode hieronder.","keys.receive":"Een sleutel ontvangen","keys.receive_hint":"Een buur die een sleutel deelt met je Home Assistant-gebruiker, heeft deze code nodig. Het is geen wachtwoord; de code zegt alleen wie je bent.","keys.copy":"Kopiëren","keys.copied":"Gekopieerd","keys.copied_code":"Je gebruikerscode is gekopieerd","keys.copy_failed":"Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.","keys.my_shares":"Sleutels die je hebt gedeeld","keys.shares_empty":"Je hebt nog geen sleutels gedeeld.","keys.shares_none_current":"Geen van de sleutels die je hebt gedeeld, is nu in gebruik.","keys.shares_show_ended_one":"{count} beëindigde sleutel tonen","keys.shares_show_ended_other":"{count} beëindigde sleutels tonen","keys.shares_hide_ended":"Beëindigde sleutels verbergen","keys.kind_link":"Link","keys.kind_pin":"Pincode","keys.kind_user":"Home Assistant-gebruiker","keys.kind_link_hint":"Iedereen met de link kan de deur openen vanuit de browser op zijn telefoon, zonder account.","keys.kind_pin_hint":"Een code om in te toetsen op het toetsenbord van de deur.","keys.kind_user_hint":"De sleutel verschijnt bij die gebruiker onder Mijn sleutels.","keys.status_active":"Actief","keys.status_used_up":"Opgebruikt","keys.status_expired":"Verlopen","keys.status_revoked":"Ingetrokken","keys.status_not_yet_valid":"Nog niet geldig","keys.uses_of":"{uses} van {limit} keer gebruikt","keys.uses_none":"Nog niet gebruikt","keys.uses_one":"Eén keer gebruikt","keys.uses_other":"{count} keer gebruikt","keys.last_used":"laatst gebruikt {when}","keys.notifies":"je vroeg om bericht als hij wordt gebruikt","keys.result_notifies":"Je krijgt bericht als hij wordt gebruikt.","keys.window_until":"Geldig tot {until}","keys.window_from":"Geldig vanaf {from}","keys.window_from_until":"Geldig van {from} tot {until}","keys.window_open":"Geldig zolang je eigen sleutel geldig is","keys.revoked_at":"Ingetrokken {when}","keys.ended_at":"Verlopen {when}","keys.revoke":"Intrekken","keys.revoke_title":"Deze sleutel intrekken?","keys.revoke_body":"{who} kan {door} niet meer openen met de sleutel die je hebt gedeeld.","keys.revoke_what_link":"De link werkt meteen niet meer, ook als hij is doorgestuurd.","keys.revoke_what_pin":"De pincode wordt van het toetsenbord van de deur verwijderd en werkt niet meer.","keys.revoke_what_user":"De deur verdwijnt bij die gebruiker uit Mijn sleutels.","keys.revoked":"De sleutel voor {who} is ingetrokken","keys.cancel":"Annuleren","keys.done":"Klaar","keys.share_title":"{door} delen","keys.share_result_title":"{door} is gedeeld","keys.shares_left_one":"Je kunt deze deur nog {count} keer delen.","keys.shares_left_other":"Je kunt deze deur nog {count} keer delen.","keys.shares_none_left_one":"Je hebt deze deur zo vaak gedeeld als je sleutel toestaat ({count} tegelijk). Trek eerst een gedeelde sleutel in.","keys.shares_none_left_other":"Je hebt deze deur zo vaak gedeeld als je sleutel toestaat ({count} tegelijk). Trek eerst een gedeelde sleutel in.","keys.share_kind":"Delen als","keys.share_who":"Voor wie is hij?","keys.share_who_placeholder":"Naam of telefoonnummer","keys.share_who_hint":"Alleen jij ziet dit, in je lijst met gedeelde sleutels.","keys.share_user":"Hun gebruikerscode","keys.share_user_hint":"Die staat bij hen onder Mijn sleutels, bij ‘Een sleutel ontvangen’.","keys.share_pin_random":"Laat de hub een code kiezen","keys.share_pin_chosen":"Zelf een code kiezen","keys.share_pin":"Pincode (4 tot 8 cijfers)","keys.share_pin_hint":"Vermijd makkelijke codes zoals 1234 of een jaartal.","keys.share_until":"Geldig tot","keys.until_today":"Vandaag","keys.until_day":"24 uur","keys.until_week":"1 week","keys.until_none":"Geen einde","keys.until_none_hint":"Geldig zolang je eigen sleutel geldig is, tot je hem intrekt.","keys.share_later":"Begint later","keys.share_from":"Geldig vanaf","keys.share_uses":"Aantal keer te gebruiken (optioneel)","keys.share_uses_placeholder":"Geen limiet","keys.share_language":"Taal van de gastpagina","keys.share_language_building":"De taal van het gebouw","keys.language_en":"English","keys.language_nb":"Norsk (bokmål)","keys.language_da":"Dansk","keys.language_nl":"Nederlands","keys.share_notify":"Laat me weten wanneer hij wordt gebruikt","keys.share_create_link":"Link maken","keys.share_create_pin":"Pincode maken","keys.share_create_user":"Sleutel delen","keys.invalid_from":"Kies wanneer de sleutel ingaat.","keys.invalid_until":"Kies wanneer de sleutel afloopt, of kies ‘Geen einde’.","keys.until_in_past":"De sleutel moet aflopen na de start, en in de toekomst.","keys.invalid_uses":"Het aantal keer is een heel getal van 1 tot 1000, of leeg voor geen limiet.","keys.user_needed":"Vul de gebruikerscode in van degene met wie je deelt.","keys.pin_needed":"Een pincode heeft 4 tot 8 cijfers.","keys.result_link":"Stuur deze link naar {who}. Hij wordt alleen nu getoond.","keys.result_pin":"Geef deze code aan {who}. Hij wordt alleen nu getoond.","keys.result_pin_chosen":"De pincode die je koos, opent nu de deur.","keys.result_user":"{who} vindt de sleutel nu onder Mijn sleutels.","keys.result_link_anon":"Stuur deze link naar je gast. Hij wordt alleen nu getoond.","keys.result_pin_anon":"Geef deze code aan je gast. Hij wordt alleen nu getoond.","keys.result_user_anon":"De gebruiker vindt de sleutel nu onder Mijn sleutels.","keys.result_uses_one":"Hij kan één keer worden gebruikt.","keys.result_uses_other":"Hij kan {count} keer worden gebruikt.","keys.result_once":"Als je dit sluit, kan hij niet opnieuw worden getoond; trek hem in en deel opnieuw als hij zoekraakt.","keys.send":"Versturen","keys.send_link_text":"Een sleutel voor {door}. Open de link als je bij de deur bent.","keys.send_pin_text":"Je code voor {door}: {pin}","keys.pin.title":"Mijn pincode","keys.pin.title_tags":"Mijn pincode en tags","keys.pin.pin":"Pincode","keys.pin.tag":"Tag …{hint}","keys.pin.added_at":"toegevoegd {when}","keys.pin.blocked":"Geblokkeerd door het bestuur {when}: hij opent niet meer.","keys.pin.remove":"Verwijderen","keys.pin.remove_confirm":"Je pincode verwijderen? Hij werkt dan niet meer bij de deuren; daarna kun je een nieuwe kiezen.","keys.pin.remove_confirm_board":"Je pincode verwijderen? Hij werkt dan niet meer bij de deuren, en alleen het bestuur kan je een nieuwe geven.","keys.pin.change_hint":"Om je pincode te wijzigen verwijder je hem en kies je een nieuwe.","keys.pin.ask_board":"Vraag het bestuur om een nieuwe pincode.","keys.pin.none":"Je hebt nog geen pincode voor de toetsenborden van de deuren. Kies er een, of laat de hub er een trekken.","keys.pin.choose_label":"Je nieuwe pincode","keys.pin.hint":"Minstens {min} cijfers; codes die makkelijk te raden zijn of al in gebruik zijn, worden geweigerd. Niemand kan hem daarna zien, ook jij niet.","keys.pin.use":"Deze code gebruiken","keys.pin.random":"Trek er een voor mij","keys.pin.shown":"Je pincode. Hij wordt alleen nu getoond: onthoud hem, of bewaar hem op een veilige plek.","keys.pin.done":"Klaar","keys.pin.bad":"Een pincode bestaat alleen uit cijfers, minstens {min}.","keys.pin.added":"Je pincode is ingesteld. Hij opent bij de toetsenborden zodra de deuren hem hebben, binnen enkele seconden.","keys.pin.removed":"Je pincode is verwijderd."};var jn={"org.nav":"Organisationer","org.title":"Organisationer","org.intro":"Serviceleverandører, som bestyrelsen lader bruge foreningens døre, for eksempel hjemmeplejen eller avisbuddet. Hver får døre, en periode og ugentlige tider og ledere, der giver og tager nøgler for deres egne medarbejdere. En medarbejders nøgle åbner aldrig uden for det, organisationen har.","org.add":"Ny organisation","org.none":"Ingen organisationer endnu.","org.edit":"Rediger","org.edit_title":"Rediger {name}","org.delete":"Slet","org.name":"Navn","org.name_placeholder":"Hjemmeplejen øst","org.name_needed":"Giv organisationen et navn.","org.doors":"Døre","org.bundles":"Nøglebundter","org.bundle":"Nøglebundt","org.bundle_chip":"Bundt: {name}","org.no_doors_yet":"Andelsboligforeningen har ingen døre endnu.","org.holds_nothing":"Ingen døre endnu","org.dropping":"Nøgler, som lederne har givet til {doors}, fjernes, så snart du gemmer.","org.period":"Periode","org.from":"Fra","org.until":"Til","org.period_hint":"Lad stå tomt: fra nu, uden slutdato. Medarbejdernes nøgler slutter senest, når organisationens periode slutter.","org.until_before_from":"Perioden skal slutte, efter den begynder.","org.period_from_until":"{from} – {until}","org.period_until":"Til {until}","org.period_from":"Fra {from}","org.period_open":"Ingen slutdato","org.hours":"Tider","org.sharing":"Deling","org.may_share":"Medarbejderne må dele deres nøgler","org.share_limit":"Delinger tilladt ad gangen, pr. dør","org.share_limit_hint":"Det højeste, en leder må tillade på en medarbejders nøgle.","org.share_limit_invalid":"Delinger tilladt ad gangen skal være et helt tal fra 1 til 100.","org.no_sharing_hint":"Medarbejdernes nøgler kan ikke deles.","org.sharing_off":"Slår du deling fra, trækkes alle nøgler, medarbejderne har delt, tilbage.","org.sharing_none":"Ikke tilladt","org.sharing_limit_one":"Tilladt, {count} deling ad gangen","org.sharing_limit_other":"Tilladt, {count} delinger ad gangen","org.managers":"Ledere","org.no_manager":"Ingen leder endnu","org.manager":"Leder","org.staff":"Medarbejdere","org.keys":"Nøgler givet","org.staff_hint":"Lederne giver og tager nøgler for medarbejderne, kun til dørene ovenfor. En leder er også medarbejder.","org.no_staff":"Ingen medarbejdere endnu.","org.staff_add":"Tilføj medarbejder","org.staff_remove":"Fjern","org.leaving":"Forlader organisationen, når du gemmer: {names}. De nøgler, lederne har givet dem, forsvinder også.","org.save":"Gem","org.created":'Organisationen "{name}" er oprettet',"org.saved":'Organisationen "{name}" er gemt',"org.deleted":'Organisationen "{name}" er slettet',"org.delete_title":"Slet {name}?","org.delete_keys_one":"Den ene nøgle, lederne har givet medarbejderne, forsvinder også, med de nøgler, der er delt fra den.","org.delete_keys_other":"De {count} nøgler, lederne har givet medarbejderne, forsvinder også, med de nøgler, der er delt fra dem.","org.delete_no_keys":"Lederne har ikke givet nogen nøgler.","org.delete_staff_one":"Den ene medarbejder bliver på foreningens liste over personer, men hører ikke længere til nogen organisation.","org.delete_staff_other":"De {count} medarbejdere bliver på foreningens liste over personer, men hører ikke længere til nogen organisation.","org.delete_no_staff":"Den har ingen medarbejdere.","org.delete_yes":"Slet organisationen","myorg.title":"Min organisation","myorg.doors":"Døre","myorg.bundles":"Nøglebundter","myorg.no_doors":"Bestyrelsen har ikke givet den nogen døre endnu.","myorg.period":"Periode","myorg.hours":"Tider","myorg.period_from_until":"Fra {from} til {until}","myorg.period_from":"Fra {from}","myorg.period_until":"Til {until}","myorg.period_open":"Ingen slutdato","myorg.give":"Giv en nøgle","myorg.give_short":"Giv nøgle","myorg.give_to":"Giv {name} en nøgle","myorg.give_title":"Giv en nøgle","myorg.give_save":"Giv nøgle","myorg.staff_one":"Medarbejdere ({count})","myorg.staff_other":"Medarbejdere ({count})","myorg.no_staff":"Ingen medarbejdere endnu: bestyrelsen tilføjer dem.","myorg.manager":"Leder","myorg.no_key":"Ingen nøgle fra organisationen","myorg.unknown_door":"En dør, organisationen ikke længere har","myorg.take":"Tag nøglen","myorg.take_named":"Tag nøglen til {door} fra {name}","myorg.take_title":"Tag nøglen til {door} fra {name}?","myorg.take_body":"{name} kan ikke længere åbne {door} med den, og nøgler delt fra den holder også op med at virke.","myorg.taken":"Nøglen til {door} er taget fra {name}","myorg.clip_until_hours":"Nøgler fra {name} åbner kun organisationens døre, inden for dens tider ({hours}), og slutter senest {until}, uanset hvad du vælger her.","myorg.clip_until":"Nøgler fra {name} åbner kun organisationens døre og slutter senest {until}, uanset hvad du vælger her.","myorg.clip_hours":"Nøgler fra {name} åbner kun organisationens døre og kun inden for dens tider ({hours}), uanset hvad du vælger her.","myorg.clip_doors":"Nøgler fra {name} åbner kun organisationens døre, og kun så længe den har dem.","myorg.person":"Medarbejder","myorg.person_choose":"Vælg …","myorg.person_needed":"Vælg den medarbejder, der skal have nøglen.","myorg.doors_needed":"Vælg mindst én dør.","myorg.from":"Fra","myorg.until":"Til","myorg.window_hint_until":"Lad stå tomt: fra nu til {until}, hvor organisationens periode slutter.","myorg.window_hint_open":"Lad stå tomt: fra nu, uden slutdato.","myorg.invalid_from":"Starten er ikke en gyldig dato og tid.","myorg.invalid_until":"Slutningen er ikke en gyldig dato og tid.","myorg.until_in_past":"Slutningen skal ligge i fremtiden og efter starten.","myorg.may_share":"Må dele denne nøgle","myorg.share_limit":"Delinger tilladt ad gangen","myorg.share_limit_hint_one":"Fra 1 til {count}: det højeste, bestyrelsen tillader.","myorg.share_limit_hint_other":"Fra 1 til {count}: det højeste, bestyrelsen tillader.","myorg.cancel":"Annuller","myorg.given":"{name} har fået en nøgle til {doors}. {terms}.","myorg.given_plain":"{name} har fået nøglen.","myorg.any_time":"Når som helst","org.created_staff_refused":"{name} er oprettet, men medarbejderne blev ikke gemt:"};var Nn={"org.nav":"Organisations","org.title":"Organisations","org.intro":"Service providers the board lets use the building's doors, such as home care or the newspaper. Each gets doors, a period and weekly hours, and managers who give and take keys for its own staff. A staff key never opens outside what the organisation holds.","org.add":"New organisation","org.none":"No organisations yet.","org.edit":"Edit","org.edit_title":"Edit {name}","org.delete":"Delete","org.name":"Name","org.name_placeholder":"Home care east","org.name_needed":"Give the organisation a name.","org.doors":"Doors","org.bundles":"Key bundles","org.bundle":"Key bundle","org.bundle_chip":"Bundle: {name}","org.no_doors_yet":"This building has no doors yet.","org.holds_nothing":"No doors yet","org.dropping":"Keys its managers gave to {doors} are removed as soon as you save.","org.period":"Period","org.from":"From","org.until":"Until","org.period_hint":"Leave empty: from now, with no end date. Its staff's keys end with the organisation's period at the latest.","org.until_before_from":"The period must end after it starts.","org.period_from_until":"{from} – {until}","org.period_until":"Until {until}","org.period_from":"From {from}","org.period_open":"No end date","org.hours":"Hours","org.sharing":"Sharing","org.may_share":"Staff may share their keys","org.share_limit":"Shares allowed at a time, per door","org.share_limit_hint":"The most a manager may allow on a staff key.","org.share_limit_invalid":"Shares allowed at a time must be a whole number from 1 to 100.","org.no_sharing_hint":"Staff keys cannot be shared.","org.sharing_off":"Turning sharing off takes back every key its staff have shared.","org.sharing_none":"Not allowed","org.sharing_limit_one":"Allowed, {count} share at a time","org.sharing_limit_other":"Allowed, {count} shares at a time","org.managers":"Managers","org.no_manager":"No manager yet","org.manager":"Manager","org.staff":"Staff","org.keys":"Keys given","org.staff_hint":"Managers give and take keys for the staff, to the doors above only. A manager is staff too.","org.no_staff":"No staff yet.","org.staff_add":"Add staff","org.staff_remove":"Remove","org.leaving":"Leaving the organisation when you save: {names}. The keys its managers gave them go too.","org.save":"Save","org.created":'Organisation "{name}" created',"org.saved":'Organisation "{name}" saved',"org.deleted":'Organisation "{name}" deleted',"org.delete_title":"Delete {name}?","org.delete_keys_one":"The one key its managers gave to its staff goes too, with the keys shared from it.","org.delete_keys_other":"The {count} keys its managers gave to its staff go too, with the keys shared from them.","org.delete_no_keys":"Its managers have given no keys.","org.delete_staff_one":"Its one staff member stays in the building's list of people, but belongs to no organisation any more.","org.delete_staff_other":"Its {count} staff stay in the building's list of people, but belong to no organisation any more.","org.delete_no_staff":"It has no staff.","org.delete_yes":"Delete organisation","myorg.title":"My organisation","myorg.doors":"Doors","myorg.bundles":"Key bundles","myorg.no_doors":"The board has given it no doors yet.","myorg.period":"Period","myorg.hours":"Hours","myorg.period_from_until":"From {from} until {until}","myorg.period_from":"From {from}","myorg.period_until":"Until {until}","myorg.period_open":"No end date","myorg.give":"Give a key","myorg.give_short":"Give key","myorg.give_to":"Give {name} a key","myorg.give_title":"Give a key","myorg.give_save":"Give key","myorg.staff_one":"Staff ({count})","myorg.staff_other":"Staff ({count})","myorg.no_staff":"No staff yet: the board adds them.","myorg.manager":"Manager","myorg.no_key":"No key from the organisation","myorg.unknown_door":"A door no longer held","myorg.take":"Take key","myorg.take_named":"Take {name}'s key to {door}","myorg.take_title":"Take {name}'s key to {door}?","myorg.take_body":"{name} can no longer open {door} with it, and keys they shared from it stop working too.","myorg.taken":"{name}'s key to {door} taken back","myorg.clip_until_hours":"Keys from {name} open only its doors, during its hours ({hours}), and end on {until} at the latest, whatever you choose here.","myorg.clip_until":"Keys from {name} open only its doors, and end on {until} at the latest, whatever you choose here.","myorg.clip_hours":"Keys from {name} open only its doors, and only during its hours ({hours}), whatever you choose here.","myorg.clip_doors":"Keys from {name} open only its doors, and only while it holds them.","myorg.person":"Staff member","myorg.person_choose":"Choose…","myorg.person_needed":"Choose the staff member who gets the key.","myorg.doors_needed":"Choose at least one door.","myorg.from":"From","myorg.until":"Until","myorg.window_hint_until":"Leave empty: from now until {until}, when the organisation's period ends.","myorg.window_hint_open":"Leave empty: from now, with no end date.","myorg.invalid_from":"The start is not a valid date and time.","myorg.invalid_until":"The end is not a valid date and time.","myorg.until_in_past":"The end must be in the future and after the start.","myorg.may_share":"May share this key","myorg.share_limit":"Shares allowed at a time","myorg.share_limit_hint_one":"From 1 to {count}: the most the board allows.","myorg.share_limit_hint_other":"From 1 to {count}: the most the board allows.","myorg.cancel":"Cancel","myorg.given":"{name} got a key to {doors}. {terms}.","myorg.given_plain":"{name} got the key.","myorg.any_time":"At any time","org.created_staff_refused":"{name} is created, but its staff were not saved:"};var Ln={"org.nav":"Organisasjoner","org.title":"Organisasjoner","org.intro":"Tjenesteleverandører styret lar bruke dørene i borettslaget, for eksempel hjemmetjenesten eller avisbudet. Hver får dører, en periode og ukentlige tider, og ledere som gir og tar nøkler for sine egne ansatte. En ansatts nøkkel åpner aldri utenfor det organisasjonen har.","org.add":"Ny organisasjon","org.none":"Ingen organisasjoner ennå.","org.edit":"Endre","org.edit_title":"Endre {name}","org.delete":"Slett","org.name":"Navn","org.name_placeholder":"Hjemmetjenesten øst","org.name_needed":"Gi organisasjonen et navn.","org.doors":"Dører","org.bundles":"Nøkkelknipper","org.bundle":"Nøkkelknippe","org.bundle_chip":"Knippe: {name}","org.no_doors_yet":"Borettslaget har ingen dører ennå.","org.holds_nothing":"Ingen dører ennå","org.dropping":"Nøkler lederne har gitt til {doors}, fjernes så snart du lagrer.","org.period":"Periode","org.from":"Fra","org.until":"Til","org.period_hint":"La stå tomt: fra nå, uten sluttdato. De ansattes nøkler slutter senest når organisasjonens periode slutter.","org.until_before_from":"Perioden må slutte etter at den begynner.","org.period_from_until":"{from} – {until}","org.period_until":"Til {until}","org.period_from":"Fra {from}","org.period_open":"Ingen sluttdato","org.hours":"Tider","org.sharing":"Deling","org.may_share":"De ansatte kan dele nøklene sine","org.share_limit":"Delinger tillatt samtidig, per dør","org.share_limit_hint":"Det meste en leder kan tillate på en ansatts nøkkel.","org.share_limit_invalid":"Delinger tillatt samtidig må være et helt tall fra 1 til 100.","org.no_sharing_hint":"De ansattes nøkler kan ikke deles.","org.sharing_off":"Slår du av deling, trekkes alle nøkler de ansatte har delt, tilbake.","org.sharing_none":"Ikke tillatt","org.sharing_limit_one":"Tillatt, {count} deling om gangen","org.sharing_limit_other":"Tillatt, {count} delinger om gangen","org.managers":"Ledere","org.no_manager":"Ingen leder ennå","org.manager":"Leder","org.staff":"Ansatte","org.keys":"Nøkler gitt","org.staff_hint":"Lederne gir og tar nøkler for de ansatte, bare til dørene over. En leder er også ansatt.","org.no_staff":"Ingen ansatte ennå.","org.staff_add":"Legg til ansatt","org.staff_remove":"Fjern","org.leaving":"Går ut av organisasjonen når du lagrer: {names}. Nøklene lederne har gitt dem, forsvinner også.","org.save":"Lagre","org.created":"Organisasjonen «{name}» er opprettet","org.saved":"Organisasjonen «{name}» er lagret","org.deleted":"Organisasjonen «{name}» er slettet","org.delete_title":"Slette {name}?","org.delete_keys_one":"Den ene nøkkelen lederne har gitt de ansatte, forsvinner også, med nøklene som er delt fra den.","org.delete_keys_other":"De {count} nøklene lederne har gitt de ansatte, forsvinner også, med nøklene som er delt fra dem.","org.delete_no_keys":"Lederne har ikke gitt noen nøkler.","org.delete_staff_one":"Den ene ansatte blir stående i borettslagets liste over personer, men hører ikke lenger til noen organisasjon.","org.delete_staff_other":"De {count} ansatte blir stående i borettslagets liste over personer, men hører ikke lenger til noen organisasjon.","org.delete_no_staff":"Den har ingen ansatte.","org.delete_yes":"Slett organisasjonen","myorg.title":"Min organisasjon","myorg.doors":"Dører","myorg.bundles":"Nøkkelknipper","myorg.no_doors":"Styret har ikke gitt den noen dører ennå.","myorg.period":"Periode","myorg.hours":"Tider","myorg.period_from_until":"Fra {from} til {until}","myorg.period_from":"Fra {from}","myorg.period_until":"Til {until}","myorg.period_open":"Ingen sluttdato","myorg.give":"Gi en nøkkel","myorg.give_short":"Gi nøkkel","myorg.give_to":"Gi {name} en nøkkel","myorg.give_title":"Gi en nøkkel","myorg.give_save":"Gi nøkkel","myorg.staff_one":"Ansatte ({count})","myorg.staff_other":"Ansatte ({count})","myorg.no_staff":"Ingen ansatte ennå: styret legger dem til.","myorg.manager":"Leder","myorg.no_key":"Ingen nøkkel fra organisasjonen","myorg.unknown_door":"En dør organisasjonen ikke lenger har","myorg.take":"Ta nøkkelen","myorg.take_named":"Ta nøkkelen til {door} fra {name}","myorg.take_title":"Ta nøkkelen til {door} fra {name}?","myorg.take_body":"{name} kan ikke lenger åpne {door} med den, og nøkler delt fra den slutter også å virke.","myorg.taken":"Nøkkelen til {door} er tatt fra {name}","myorg.clip_until_hours":"Nøkler fra {name} åpner bare organisasjonens dører, innenfor tidene dens ({hours}), og slutter senest {until}, uansett hva du velger her.","myorg.clip_until":"Nøkler fra {name} åpner bare organisasjonens dører, og slutter senest {until}, uansett hva du velger her.","myorg.clip_hours":"Nøkler fra {name} åpner bare organisasjonens dører, og bare innenfor tidene dens ({hours}), uansett hva du velger her.","myorg.clip_doors":"Nøkler fra {name} åpner bare organisasjonens dører, og bare så lenge den har dem.","myorg.person":"Ansatt","myorg.person_choose":"Velg …","myorg.person_needed":"Velg den ansatte som skal få nøkkelen.","myorg.doors_needed":"Velg minst én dør.","myorg.from":"Fra","myorg.until":"Til","myorg.window_hint_until":"La stå tomt: fra nå til {until}, når organisasjonens periode slutter.","myorg.window_hint_open":"La stå tomt: fra nå, uten sluttdato.","myorg.invalid_from":"Starten er ikke en gyldig dato og tid.","myorg.invalid_until":"Slutten er ikke en gyldig dato og tid.","myorg.until_in_past":"Slutten må være fram i tid og etter starten.","myorg.may_share":"Kan dele denne nøkkelen","myorg.share_limit":"Delinger tillatt samtidig","myorg.share_limit_hint_one":"Fra 1 til {count}: det meste styret tillater.","myorg.share_limit_hint_other":"Fra 1 til {count}: det meste styret tillater.","myorg.cancel":"Avbryt","myorg.given":"{name} har fått nøkkel til {doors}. {terms}.","myorg.given_plain":"{name} har fått nøkkelen.","myorg.any_time":"Når som helst","org.created_staff_refused":"{name} er opprettet, men de ansatte ble ikke lagret:"};var An={"org.nav":"Organisaties","org.title":"Organisaties","org.intro":"Dienstverleners die het bestuur de deuren van de VvE laat gebruiken, zoals de thuiszorg of de krantenbezorging. Elke organisatie krijgt deuren, een periode en vaste tijden in de week, en beheerders die sleutels geven en innemen voor de eigen medewerkers. Een sleutel van een medewerker opent nooit buiten wat de organisatie heeft.","org.add":"Nieuwe organisatie","org.none":"Nog geen organisaties.","org.edit":"Wijzigen","org.edit_title":"{name} wijzigen","org.delete":"Verwijderen","org.name":"Naam","org.name_placeholder":"Thuiszorg Oost","org.name_needed":"Geef de organisatie een naam.","org.doors":"Deuren","org.bundles":"Sleutelbossen","org.bundle":"Sleutelbos","org.bundle_chip":"Sleutelbos: {name}","org.no_doors_yet":"De VvE heeft nog geen deuren.","org.holds_nothing":"Nog geen deuren","org.dropping":"Sleutels die de beheerders voor {doors} gaven, worden verwijderd zodra u opslaat.","org.period":"Periode","org.from":"Van","org.until":"Tot","org.period_hint":"Leeg laten: vanaf nu, zonder einddatum. De sleutels van de medewerkers eindigen uiterlijk met de periode van de organisatie.","org.until_before_from":"De periode moet eindigen nadat ze begint.","org.period_from_until":"{from} – {until}","org.period_until":"Tot {until}","org.period_from":"Vanaf {from}","org.period_open":"Geen einddatum","org.hours":"Tijden","org.sharing":"Delen","org.may_share":"Medewerkers mogen hun sleutels delen","org.share_limit":"Tegelijk toegestane deelsleutels, per deur","org.share_limit_hint":"Het hoogste dat een beheerder op de sleutel van een medewerker mag toestaan.","org.share_limit_invalid":"Het aantal tegelijk toegestane deelsleutels moet een heel getal van 1 tot 100 zijn.","org.no_sharing_hint":"De sleutels van de medewerkers kunnen niet gedeeld worden.","org.sharing_off":"Zet u delen uit, dan worden alle sleutels die de medewerkers deelden ingetrokken.","org.sharing_none":"Niet toegestaan","org.sharing_limit_one":"Toegestaan, {count} tegelijk","org.sharing_limit_other":"Toegestaan, {count} tegelijk","org.managers":"Beheerders","org.no_manager":"Nog geen beheerder","org.manager":"Beheerder","org.staff":"Medewerkers","org.keys":"Sleutels gegeven","org.staff_hint":"Beheerders geven en nemen sleutels in voor de medewerkers, alleen voor de deuren hierboven. Een beheerder is ook medewerker.","org.no_staff":"Nog geen medewerkers.","org.staff_add":"Medewerker toevoegen","org.staff_remove":"Verwijderen","org.leaving":"Verlaat de organisatie zodra u opslaat: {names}. De sleutels die de beheerders hun gaven, vervallen ook.","org.save":"Opslaan","org.created":'Organisatie "{name}" aangemaakt',"org.saved":'Organisatie "{name}" opgeslagen',"org.deleted":'Organisatie "{name}" verwijderd',"org.delete_title":"{name} verwijderen?","org.delete_keys_one":"De ene sleutel die de beheerders aan medewerkers gaven, vervalt ook, met de sleutels die ermee gedeeld zijn.","org.delete_keys_other":"De {count} sleutels die de beheerders aan medewerkers gaven, vervallen ook, met de sleutels die ermee gedeeld zijn.","org.delete_no_keys":"De beheerders hebben geen sleutels gegeven.","org.delete_staff_one":"De enige medewerker blijft in de personenlijst van de VvE, maar hoort bij geen organisatie meer.","org.delete_staff_other":"De {count} medewerkers blijven in de personenlijst van de VvE, maar horen bij geen organisatie meer.","org.delete_no_staff":"Ze heeft geen medewerkers.","org.delete_yes":"Organisatie verwijderen","myorg.title":"Mijn organisatie","myorg.doors":"Deuren","myorg.bundles":"Sleutelbossen","myorg.no_doors":"Het bestuur heeft de organisatie nog geen deuren gegeven.","myorg.period":"Periode","myorg.hours":"Tijden","myorg.period_from_until":"Van {from} tot {until}","myorg.period_from":"Vanaf {from}","myorg.period_until":"Tot {until}","myorg.period_open":"Geen einddatum","myorg.give":"Sleutel geven","myorg.give_short":"Sleutel geven","myorg.give_to":"{name} een sleutel geven","myorg.give_title":"Sleutel geven","myorg.give_save":"Sleutel geven","myorg.staff_one":"Medewerkers ({count})","myorg.staff_other":"Medewerkers ({count})","myorg.no_staff":"Nog geen medewerkers: het bestuur voegt ze toe.","myorg.manager":"Beheerder","myorg.no_key":"Geen sleutel van de organisatie","myorg.unknown_door":"Een deur die de organisatie niet meer heeft","myorg.take":"Sleutel innemen","myorg.take_named":"Sleutel van {name} voor {door} innemen","myorg.take_title":"Sleutel van {name} voor {door} innemen?","myorg.take_body":"{name} kan {door} er niet meer mee openen, en sleutels die ermee gedeeld zijn werken ook niet meer.","myorg.taken":"Sleutel van {name} voor {door} ingenomen","myorg.clip_until_hours":"Sleutels van {name} openen alleen de deuren van de organisatie, binnen haar tijden ({hours}), en eindigen uiterlijk op {until}, wat u hier ook kiest.","myorg.clip_until":"Sleutels van {name} openen alleen de deuren van de organisatie en eindigen uiterlijk op {until}, wat u hier ook kiest.","myorg.clip_hours":"Sleutels van {name} openen alleen de deuren van de organisatie, en alleen binnen haar tijden ({hours}), wat u hier ook kiest.","myorg.clip_doors":"Sleutels van {name} openen alleen de deuren van de organisatie, en alleen zolang ze die heeft.","myorg.person":"Medewerker","myorg.person_choose":"Kies…","myorg.person_needed":"Kies de medewerker die de sleutel krijgt.","myorg.doors_needed":"Kies minstens één deur.","myorg.from":"Van","myorg.until":"Tot","myorg.window_hint_until":"Leeg laten: vanaf nu tot {until}, wanneer de periode van de organisatie eindigt.","myorg.window_hint_open":"Leeg laten: vanaf nu, zonder einddatum.","myorg.invalid_from":"Het begin is geen geldige datum en tijd.","myorg.invalid_until":"Het einde is geen geldige datum en tijd.","myorg.until_in_past":"Het einde moet in de toekomst liggen en na het begin.","myorg.may_share":"Mag deze sleutel delen","myorg.share_limit":"Tegelijk toegestane deelsleutels","myorg.share_limit_hint_one":"Van 1 tot {count}: het hoogste dat het bestuur toestaat.","myorg.share_limit_hint_other":"Van 1 tot {count}: het hoogste dat het bestuur toestaat.","myorg.cancel":"Annuleren","myorg.given":"{name} heeft een sleutel gekregen voor {doors}. {terms}.","myorg.given_plain":"{name} heeft de sleutel gekregen.","myorg.any_time":"Altijd","org.created_staff_refused":"{name} is aangemaakt, maar de medewerkers zijn niet opgeslagen:"};var Pn={"tools.cancel":"Annullér","tools.save":"Gem","tools.picker.placeholder":"Navn eller telefonnummer","tools.picker.clear":"Vælg en anden","tools.picker.none":"Ingen passer","tools.field.dwelling":"Bolig","tools.field.entrance":"Opgang","tools.field.name":"Navn","tools.field.first_name":"Fornavn","tools.field.last_name":"Efternavn","tools.field.phone":"Telefon","tools.field.email":"E-mail","tools.field.role":"Rolle","tools.field.consent":"Samtykke","tools.bundles.title":"Nøglebundter","tools.bundles.intro":"Et nøglebundt giver flere døre som én nøgle, for eksempel »Opgang A, vaskeri og cykelkælder«. Alle, der har bundtet, får en dør, du tilføjer, med det samme og mister en dør, du tager ud.","tools.bundles.add":"Nyt nøglebundt","tools.bundles.none":"Ingen nøglebundter endnu.","tools.bundles.no_doors":"Ingen døre endnu","tools.bundles.no_doors_yet":"Foreningen har ingen døre endnu.","tools.bundles.edit":"Redigér","tools.bundles.edit_title":"Redigér nøglebundt","tools.bundles.delete":"Slet","tools.bundles.name":"Navn","tools.bundles.doors":"Døre","tools.bundles.dropping":"Alle, der har dette bundt, mister adgangen til {doors}, så snart du gemmer.","tools.bundles.created":"Nøglebundtet »{name}« er oprettet","tools.bundles.saved":"Nøglebundtet »{name}« er gemt","tools.bundles.deleted":"Nøglebundtet »{name}« er slettet","tools.bundles.delete_title":"Slet nøglebundtet »{name}«?","tools.bundles.counting":"Tæller de nøgler, der bruger det …","tools.bundles.unused":"Ingen har dette bundt.","tools.bundles.used_by":"Nøgler, der bruger bundtet: {count}. De, der har dem, åbner {doors} med det.","tools.bundles.revoke":"Fjern også de nøgler, der bruger det","tools.bundles.revoke_hint":"Så mister disse personer dørene med det samme, og nøgler, de har delt videre fra bundtet, holder op med at virke. Et bundt, der er i brug, kan ikke slettes uden nøglerne.","tools.bundles.delete_with_keys":"Slet bundt og nøgler","tools.import.title":"Importér beboere","tools.import.intro":"Vælg beboerlisten, gemt som CSV fra regnearket. Intet importeres, før du har set resultatet igennem og bekræftet. Kun ejere får nøgler automatisk.","tools.import.file":"Beboerliste (CSV)","tools.import.file_info":"{name}: {lines} linjer, læst som {encoding}.","tools.import.encoding.utf-8":"UTF-8","tools.import.encoding.utf-16le":"Unicode-tekst (UTF-16)","tools.import.encoding.utf-16be":"Unicode-tekst (UTF-16)","tools.import.encoding.windows-1252":"Windows (vesteuropæisk)","tools.import.too_large":"Filen er for stor til at blive importeret herfra (højst cirka {limit} MB). Del den op, og importér delene efter hinanden.","tools.import.unreadable":"Filen kunne ikke læses.","tools.import.keys_title":"Nøgler til ejerne","tools.import.entrances_after_run":"Kontrollér filen først: de opgange, den nævner, vises så her, så du kan vælge, hvilken dør eller hvilket nøglebundt ejerne dér får.","tools.import.no_owner_entrances":"Filen har ingen ejere, der ville få en nøgle.","tools.import.entrances_intro":"Vælg, hvad ejerne i hver opgang får. Ejere, der allerede har den nøgle, beholder den; en import tager aldrig noget fra nogen.","tools.import.no_entrance":"(ingen opgang angivet)","tools.import.no_key":"Ingen nøgle","tools.import.bundles":"Nøglebundter","tools.import.doors":"Døre","tools.import.share_limit":"Ejerne må dele hver nøgle med","tools.import.share_limit_hint":"Hvor mange hver ejer må dele en dør med (0: ejerne må ikke dele).","tools.import.columns":"Kolonner","tools.import.columns_intro":"Kolonnerne genkendes på deres navn. Vælg, hvad en kolonne indeholder, når navnet ikke genkendes; en kolonne, der ikke indeholder noget af dette, skal fjernes fra filen.","tools.import.column_auto":"Genkendt: {field}","tools.import.column_as_read":"Ud fra navnet","tools.import.dry_run":"Kontrollér filen","tools.import.running":"Kontrollerer …","tools.import.report_title":"Det ville importen gøre","tools.import.dry_run_note":"Intet er importeret endnu.","tools.import.count.created":"nye","tools.import.count.updated":"opdateret","tools.import.count.unchanged":"uændret","tools.import.count.rejected":"afvist","tools.import.count.grants":"nøgler givet","tools.import.view_attention":"Skal tjekkes ({count})","tools.import.view_all":"Alle linjer ({count})","tools.import.nothing_to_check":"Alle linjer kan importeres, som de er.","tools.import.col.line":"Linje","tools.import.col.outcome":"Resultat","tools.import.col.text":"I filen","tools.import.col.details":"Hvorfor","tools.import.outcome.created":"Ny","tools.import.outcome.updated":"Opdateret","tools.import.outcome.unchanged":"Uændret","tools.import.outcome.rejected":"Afvist","tools.import.changes":"Ændrer: {fields}","tools.import.gets_key":"Får en nøgle","tools.import.show_more":"Vis flere ({shown} af {total})","tools.import.confirm":"Importér {count} linjer","tools.import.importing":"Importerer …","tools.import.done_title":"Importen er færdig","tools.import.done_rejected":"Afviste linjer: {count}. De blev ikke importeret: ret dem i filen, og importér den igen; de linjer, der allerede er importeret, forbliver så uændrede.","tools.import.done_next":"Giv nu ejerne besked om, at deres nøgler er klar.","tools.import.done_toast":"{count} beboere importeret","tools.send.title":"Send nøgler","tools.send.intro":"Giver ejerne besked på sms eller e-mail om, at deres nøgler er klar. Ejere uden samtykke til digitale beskeder beholder nøglerne, men får ingen besked.","tools.send.scope.file":"Ejerne i denne fil","tools.send.scope.all":"Alle ejere i foreningen","tools.send.preview":"Vis, hvem der får besked","tools.send.will_get":"Får besked: {count}","tools.send.reason.no_consent":"Ingen besked, intet samtykke: {count}","tools.send.reason.no_contact":"Ingen besked, hverken telefon eller e-mail: {count}","tools.send.reason.no_key":"Ingen besked, ingen nøgle endnu: {count}","tools.send.reason.notify_failed":"Beskeden kunne ikke sendes: {count}","tools.send.confirm":"Send {count} beskeder","tools.send.sending":"Sender …","tools.send.sent":"Beskeder sendt: {count}","tools.send.sent_toast":"{count} beskeder sendt","tools.send.no_target":"Der kan ikke sendes beskeder endnu: foreningen har ingen notify-handling. Vælg en i integrationens indstillinger, og send derefter.","tools.send.open_settings":"Åbn bygningens indstillinger","tools.events.title":"Hændelseslog","tools.events.export":"Eksportér CSV","tools.events.exporting":"Eksporterer … {count}","tools.events.exported":"{count} hændelser eksporteret","tools.events.door":"Dør","tools.events.all_doors":"Alle døre","tools.events.person":"Person","tools.events.kind":"Hændelse","tools.events.all_kinds":"Alle hændelser","tools.events.since":"Fra","tools.events.until":"Til","tools.events.time":"Tid","tools.events.outcome":"Hvordan eller hvorfor","tools.events.none":"Ingen hændelser passer.","tools.events.shown":"Viste hændelser: {count}","tools.events.more":"Hent flere","tools.events.guest":"Gæst (delt nøgle)","tools.events.ha_user":"Home Assistant-bruger","tools.events.refused":"Afvist","tools.events.reason.no_key":"Ingen nøgle","tools.events.reason.outside_schedule":"Uden for tiderne","tools.events.reason.not_yet_valid":"Ikke gyldig endnu","tools.events.reason.expired":"Udløbet","tools.events.reason.use_limit_reached":"Ingen brug tilbage","tools.events.reason.share_revoked":"Delt nøgle trukket tilbage","tools.events.reason.unknown_door":"Ukendt dør","tools.events.reason.unattributed_refused":"Ingen at tjekke nøglen for","tools.events.reason.unknown_credential":"Ukendt kode eller brik","tools.events.reason.disabled":"Kode eller brik spærret","tools.events.reason.keypad_locked":"Tastaturet er låst efter forkerte koder","tools.events.source.ble":"Fra Home Assistant eller appen","tools.events.source.pin":"Pinkode","tools.events.source.tag":"Brik","tools.events.source.button":"Knap på indersiden","tools.events.source.auto_relock":"Låst igen af sig selv","tools.events.source.hub_relock":"Låst igen af hubben efter en åbning","tools.events.source.manual":"Med hånden","tools.events.source.system":"Dørenheden","tools.events.source.hub":"Home Assistant","tools.events.source.guest_link":"Gæstelink","tools.events.csv.time":"Tid","tools.events.csv.door":"Dør","tools.events.csv.person":"Person","tools.events.csv.kind":"Hændelse","tools.events.csv.outcome":"Hvordan eller hvorfor","tools.events.csv.door_id":"Dør-id","tools.events.csv.person_id":"Person-id","tools.kind.unlocked":"Låst op","tools.kind.unlatched":"Falden trukket","tools.kind.locked":"Låst","tools.kind.denied":"Afvist","tools.kind.blocked_credential_presented":"Spærret kode eller brik forsøgt","tools.kind.share_used":"Delt nøgle brugt","tools.kind.emergency_key_used":"Akutnøgle brugt","tools.kind.door_opened":"Døren åbnet","tools.kind.door_closed":"Døren lukket","tools.kind.jammed":"Låsen sidder fast","tools.kind.tamper":"Sabotage","tools.kind.battery_low":"Lavt batteri","tools.kind.rebooted":"Dørenheden genstartet","tools.kind.clock_set":"Uret stillet","tools.kind.paired":"Dørenhed parret","tools.kind.credentials_updated":"Koder og brikker opdateret","tools.kind.door_removed":"Dør fjernet","tools.kind.registry_changed":"Nøgler eller personer ændret","tools.kind.import":"Beboere importeret","tools.kind.erasure":"Personoplysninger slettet","tools.access.title":"Adgangstjek","tools.access.intro":"Hvorfor kan nogen åbne en dør, eller hvorfor ikke? Vælg en person og en dør for at se de grunde, låsen selv afgør ud fra, én for hver nøgle.","tools.access.person":"Person","tools.access.door":"Dør","tools.access.all_doors":"Alle personens døre","tools.access.at":"Tidspunkt","tools.access.at_hint":"Lokal tid i foreningen. Lad feltet stå tomt for nu.","tools.access.now":"Nu","tools.access.yes":"Åbner","tools.access.no":"Åbner ikke","tools.access.opens_now":"Åbner nu.","tools.access.opens_next":"Åbner næste gang {time}.","tools.access.opens_never":"Åbner ikke igen med de nøgler, personen har nu.","tools.access.no_key_door":"{name} har ingen nøgle til {door}.","tools.access.no_keys":"{name} har ingen nøgler.","tools.access.no_key_hint":"Giv adgang på personens side, eller tilføj døren til et nøglebundt, personen har.","tools.access.key.grant":"Egen nøgle","tools.access.key.bundle":"Nøglebundt {name}","tools.access.key.emergency":"Akutnøgle","tools.access.key.share":"Nøgle delt med personen","tools.import.column_unknown":"Ikke genkendt: vælg, hvad den indeholder","tools.import.owners":"Ejere: {count}","tools.import.choose_file":"Vælg fil","tools.import.no_file":"Ingen fil valgt","tools.bundles.not_counted":"Dette bundt har ingen døre, så nøglerne på det kan ikke tælles her. Har nogen det, får du besked, når du sletter det.","tools.bundles.used_by_keys":"Nøgler, der bruger bundtet: {count}."};var In={"tools.cancel":"Cancel","tools.save":"Save","tools.picker.placeholder":"Name or phone number","tools.picker.clear":"Choose someone else","tools.picker.none":"Nobody matches","tools.field.dwelling":"Dwelling","tools.field.entrance":"Entrance","tools.field.name":"Name","tools.field.first_name":"First name","tools.field.last_name":"Last name","tools.field.phone":"Phone","tools.field.email":"E-mail","tools.field.role":"Role","tools.field.consent":"Consent","tools.bundles.title":"Key bundles","tools.bundles.intro":'A key bundle gives several doors as one key, for example "Entrance A, laundry and bike room". Everyone holding the bundle gets a door added to it at once, and loses a door taken out of it.',"tools.bundles.add":"New key bundle","tools.bundles.none":"No key bundles yet.","tools.bundles.no_doors":"No doors yet","tools.bundles.no_doors_yet":"This building has no doors yet.","tools.bundles.edit":"Edit","tools.bundles.edit_title":"Edit key bundle","tools.bundles.delete":"Delete","tools.bundles.name":"Name","tools.bundles.doors":"Doors","tools.bundles.dropping":"Everyone holding this bundle loses access to {doors} as soon as you save.","tools.bundles.created":'Key bundle "{name}" created',"tools.bundles.saved":'Key bundle "{name}" saved',"tools.bundles.deleted":'Key bundle "{name}" deleted',"tools.bundles.delete_title":'Delete key bundle "{name}"?',"tools.bundles.counting":"Counting the keys that use it…","tools.bundles.unused":"Nobody holds this bundle.","tools.bundles.used_by":"Keys that use this bundle: {count}. Their holders open {doors} with it.","tools.bundles.revoke":"Also remove the keys that use it","tools.bundles.revoke_hint":"Those people lose these doors at once, and the keys they shared from it stop working. A bundle that is in use cannot be deleted without its keys.","tools.bundles.delete_with_keys":"Delete bundle and keys","tools.import.title":"Import residents","tools.import.intro":"Choose the residents list saved from your spreadsheet as CSV. Nothing is imported until you have checked the result and confirmed. Only owners get keys automatically.","tools.import.file":"Residents file (CSV)","tools.import.file_info":"{name}: {lines} lines, read as {encoding}.","tools.import.encoding.utf-8":"UTF-8","tools.import.encoding.utf-16le":"Unicode text (UTF-16)","tools.import.encoding.utf-16be":"Unicode text (UTF-16)","tools.import.encoding.windows-1252":"Windows (Western European)","tools.import.too_large":"The file is too large to import from here (at most about {limit} MB). Split it and import the parts one after the other.","tools.import.unreadable":"The file could not be read.","tools.import.keys_title":"Keys for owners","tools.import.entrances_after_run":"Check the file first: the entrances it names then appear here, so you can choose which door or key bundle their owners get.","tools.import.no_owner_entrances":"The file has no owners who would get a key.","tools.import.entrances_intro":"Choose what the owners of each entrance get. Owners who already hold that key keep it; nothing is ever taken away by an import.","tools.import.no_entrance":"(no entrance given)","tools.import.no_key":"No key","tools.import.bundles":"Key bundles","tools.import.doors":"Doors","tools.import.share_limit":"Owners may share each key with","tools.import.share_limit_hint":"How many people each owner may share a door with (0: owners may not share).","tools.import.columns":"Columns","tools.import.columns_intro":"Columns are recognised by their names. Choose what a column holds when its name is not recognised; a column that holds none of these must be removed from the file.","tools.import.column_auto":"Recognised: {field}","tools.import.column_as_read":"Read by its name","tools.import.dry_run":"Check the file","tools.import.running":"Checking…","tools.import.report_title":"What the import would do","tools.import.dry_run_note":"Nothing has been imported yet.","tools.import.count.created":"new","tools.import.count.updated":"updated","tools.import.count.unchanged":"unchanged","tools.import.count.rejected":"rejected","tools.import.count.grants":"keys given","tools.import.view_attention":"To check ({count})","tools.import.view_all":"All lines ({count})","tools.import.nothing_to_check":"Every line can be imported as it is.","tools.import.col.line":"Line","tools.import.col.outcome":"Result","tools.import.col.text":"In the file","tools.import.col.details":"Why","tools.import.outcome.created":"New","tools.import.outcome.updated":"Updated","tools.import.outcome.unchanged":"Unchanged","tools.import.outcome.rejected":"Rejected","tools.import.changes":"Changes: {fields}","tools.import.gets_key":"Gets a key","tools.import.show_more":"Show more ({shown} of {total})","tools.import.confirm":"Import {count} lines","tools.import.importing":"Importing…","tools.import.done_title":"Import done","tools.import.done_rejected":"Rejected lines: {count}. They were not imported: correct them in the file and import it again; the lines already imported then stay unchanged.","tools.import.done_next":"Now tell the owners that their keys are ready.","tools.import.done_toast":"{count} residents imported","tools.send.title":"Send keys","tools.send.intro":"Tells owners by text message or e-mail that their keys are ready. Owners without consent to digital messages keep their keys but get no message.","tools.send.scope.file":"Owners in this file","tools.send.scope.all":"All owners in the building","tools.send.preview":"Show who gets a message","tools.send.will_get":"Get a message: {count}","tools.send.reason.no_consent":"No message, no consent: {count}","tools.send.reason.no_contact":"No message, no phone or e-mail: {count}","tools.send.reason.no_key":"No message, no key yet: {count}","tools.send.reason.notify_failed":"Message could not be sent: {count}","tools.send.confirm":"Send {count} messages","tools.send.sending":"Sending…","tools.send.sent":"Messages sent: {count}","tools.send.sent_toast":"{count} messages sent","tools.send.no_target":"No message can be sent yet: the building has no notify action. Choose one in the integration's options, then send.","tools.send.open_settings":"Open the building's settings","tools.events.title":"Event log","tools.events.export":"Export CSV","tools.events.exporting":"Exporting… {count}","tools.events.exported":"{count} events exported","tools.events.door":"Door","tools.events.all_doors":"All doors","tools.events.person":"Person","tools.events.kind":"Event","tools.events.all_kinds":"All events","tools.events.since":"From","tools.events.until":"Until","tools.events.time":"Time","tools.events.outcome":"How or why","tools.events.none":"No events match.","tools.events.shown":"Events shown: {count}","tools.events.more":"Load more","tools.events.guest":"Guest (shared key)","tools.events.ha_user":"Home Assistant user","tools.events.refused":"Refused","tools.events.reason.no_key":"No key","tools.events.reason.outside_schedule":"Outside its hours","tools.events.reason.not_yet_valid":"Not valid yet","tools.events.reason.expired":"Expired","tools.events.reason.use_limit_reached":"No uses left","tools.events.reason.share_revoked":"Shared key withdrawn","tools.events.reason.unknown_door":"Unknown door","tools.events.reason.unattributed_refused":"Nobody to check the key of","tools.events.reason.unknown_credential":"Unknown code or tag","tools.events.reason.disabled":"Code or tag blocked","tools.events.reason.keypad_locked":"Keypad locked after wrong codes","tools.events.source.ble":"From Home Assistant or the app","tools.events.source.pin":"PIN code","tools.events.source.tag":"Tag","tools.events.source.button":"Inside button","tools.events.source.auto_relock":"Locked again by itself","tools.events.source.hub_relock":"Locked again by the hub after an open","tools.events.source.manual":"By hand","tools.events.source.system":"The door unit","tools.events.source.hub":"Home Assistant","tools.events.source.guest_link":"Guest link","tools.events.csv.time":"Time","tools.events.csv.door":"Door","tools.events.csv.person":"Person","tools.events.csv.kind":"Event","tools.events.csv.outcome":"How or why","tools.events.csv.door_id":"Door id","tools.events.csv.person_id":"Person id","tools.kind.unlocked":"Unlocked","tools.kind.unlatched":"Latch opened","tools.kind.locked":"Locked","tools.kind.denied":"Refused","tools.kind.blocked_credential_presented":"Blocked code or tag tried","tools.kind.share_used":"Shared key used","tools.kind.emergency_key_used":"Emergency key used","tools.kind.door_opened":"Door opened","tools.kind.door_closed":"Door closed","tools.kind.jammed":"Jammed","tools.kind.tamper":"Tampering","tools.kind.battery_low":"Battery low","tools.kind.rebooted":"Door unit restarted","tools.kind.clock_set":"Clock set","tools.kind.paired":"Door unit paired","tools.kind.credentials_updated":"Codes and tags updated","tools.kind.door_removed":"Door removed","tools.kind.registry_changed":"Keys or people changed","tools.kind.import":"Residents imported","tools.kind.erasure":"Personal data erased","tools.access.title":"Access check","tools.access.intro":"Why can or can't someone open a door? Choose a person and a door to see the reasons the lock itself decides on, one for each key.","tools.access.person":"Person","tools.access.door":"Door","tools.access.all_doors":"All their doors","tools.access.at":"At","tools.access.at_hint":"The building's local time. Leave it empty for now.","tools.access.now":"Now","tools.access.yes":"Opens","tools.access.no":"Does not open","tools.access.opens_now":"Opens now.","tools.access.opens_next":"Opens next {time}.","tools.access.opens_never":"Will not open again with the keys held now.","tools.access.no_key_door":"{name} holds no key to {door}.","tools.access.no_keys":"{name} holds no keys.","tools.access.no_key_hint":"Give access on the person's page, or add the door to a key bundle they hold.","tools.access.key.grant":"Own key","tools.access.key.bundle":"Key bundle {name}","tools.access.key.emergency":"Emergency key","tools.access.key.share":"Key shared with them","tools.import.column_unknown":"Not recognised: choose what it holds","tools.import.owners":"Owners: {count}","tools.import.choose_file":"Choose file","tools.import.no_file":"No file chosen","tools.bundles.not_counted":"This bundle has no doors, so its keys cannot be counted here. If people hold it, you are told when you delete it.","tools.bundles.used_by_keys":"Keys that use this bundle: {count}."};var Rn={"tools.cancel":"Avbryt","tools.save":"Lagre","tools.picker.placeholder":"Navn eller telefonnummer","tools.picker.clear":"Velg en annen","tools.picker.none":"Ingen treff","tools.field.dwelling":"Bolig","tools.field.entrance":"Oppgang","tools.field.name":"Navn","tools.field.first_name":"Fornavn","tools.field.last_name":"Etternavn","tools.field.phone":"Telefon","tools.field.email":"E-post","tools.field.role":"Rolle","tools.field.consent":"Samtykke","tools.bundles.title":"Nøkkelknipper","tools.bundles.intro":"Et nøkkelknippe gir flere dører som én nøkkel, for eksempel «Oppgang A, vaskeri og sykkelbod». Alle som har knippet, får en dør du legger til med en gang, og mister en dør du tar ut.","tools.bundles.add":"Nytt nøkkelknippe","tools.bundles.none":"Ingen nøkkelknipper ennå.","tools.bundles.no_doors":"Ingen dører ennå","tools.bundles.no_doors_yet":"Borettslaget har ingen dører ennå.","tools.bundles.edit":"Endre","tools.bundles.edit_title":"Endre nøkkelknippe","tools.bundles.delete":"Slett","tools.bundles.name":"Navn","tools.bundles.doors":"Dører","tools.bundles.dropping":"Alle som har dette knippet, mister tilgang til {doors} så snart du lagrer.","tools.bundles.created":"Nøkkelknippet «{name}» er opprettet","tools.bundles.saved":"Nøkkelknippet «{name}» er lagret","tools.bundles.deleted":"Nøkkelknippet «{name}» er slettet","tools.bundles.delete_title":"Slette nøkkelknippet «{name}»?","tools.bundles.counting":"Teller nøklene som bruker det …","tools.bundles.unused":"Ingen har dette knippet.","tools.bundles.used_by":"Nøkler som bruker knippet: {count}. De som har dem, åpner {doors} med det.","tools.bundles.revoke":"Fjern også nøklene som bruker det","tools.bundles.revoke_hint":"Da mister disse personene dørene med en gang, og nøkler de har delt videre fra knippet, slutter å virke. Et knippe som er i bruk, kan ikke slettes uten nøklene.","tools.bundles.delete_with_keys":"Slett knippe og nøkler","tools.import.title":"Importer beboere","tools.import.intro":"Velg beboerlisten lagret som CSV fra regnearket. Ingenting importeres før du har sett over resultatet og bekreftet. Bare eiere får nøkler automatisk.","tools.import.file":"Beboerliste (CSV)","tools.import.file_info":"{name}: {lines} linjer, lest som {encoding}.","tools.import.encoding.utf-8":"UTF-8","tools.import.encoding.utf-16le":"Unicode-tekst (UTF-16)","tools.import.encoding.utf-16be":"Unicode-tekst (UTF-16)","tools.import.encoding.windows-1252":"Windows (vesteuropeisk)","tools.import.too_large":"Filen er for stor til å importeres herfra (høyst omtrent {limit} MB). Del den opp og importer delene etter hverandre.","tools.import.unreadable":"Filen kunne ikke leses.","tools.import.keys_title":"Nøkler til eierne","tools.import.entrances_after_run":"Kontroller filen først: oppgangene den nevner, vises da her, så du kan velge hvilken dør eller hvilket nøkkelknippe eierne der får.","tools.import.no_owner_entrances":"Filen har ingen eiere som ville fått nøkkel.","tools.import.entrances_intro":"Velg hva eierne i hver oppgang får. Eiere som allerede har den nøkkelen, beholder den; en import tar aldri noe fra noen.","tools.import.no_entrance":"(ingen oppgang oppgitt)","tools.import.no_key":"Ingen nøkkel","tools.import.bundles":"Nøkkelknipper","tools.import.doors":"Dører","tools.import.share_limit":"Eierne kan dele hver nøkkel med","tools.import.share_limit_hint":"Hvor mange hver eier kan dele en dør med (0: eierne kan ikke dele).","tools.import.columns":"Kolonner","tools.import.columns_intro":"Kolonnene kjennes igjen på navnet. Velg hva en kolonne inneholder når navnet ikke kjennes igjen; en kolonne som ikke inneholder noe av dette, må fjernes fra filen.","tools.import.column_auto":"Gjenkjent: {field}","tools.import.column_as_read":"Ut fra navnet","tools.import.dry_run":"Kontroller filen","tools.import.running":"Kontrollerer …","tools.import.report_title":"Dette ville importen gjøre","tools.import.dry_run_note":"Ingenting er importert ennå.","tools.import.count.created":"nye","tools.import.count.updated":"oppdatert","tools.import.count.unchanged":"uendret","tools.import.count.rejected":"avvist","tools.import.count.grants":"nøkler gitt","tools.import.view_attention":"Må sjekkes ({count})","tools.import.view_all":"Alle linjer ({count})","tools.import.nothing_to_check":"Alle linjene kan importeres som de er.","tools.import.col.line":"Linje","tools.import.col.outcome":"Resultat","tools.import.col.text":"I filen","tools.import.col.details":"Hvorfor","tools.import.outcome.created":"Ny","tools.import.outcome.updated":"Oppdatert","tools.import.outcome.unchanged":"Uendret","tools.import.outcome.rejected":"Avvist","tools.import.changes":"Endrer: {fields}","tools.import.gets_key":"Får nøkkel","tools.import.show_more":"Vis flere ({shown} av {total})","tools.import.confirm":"Importer {count} linjer","tools.import.importing":"Importerer …","tools.import.done_title":"Importen er ferdig","tools.import.done_rejected":"Avviste linjer: {count}. De ble ikke importert: rett dem i filen og importer den på nytt; linjene som alt er importert, blir da uendret.","tools.import.done_next":"Si nå fra til eierne at nøklene deres er klare.","tools.import.done_toast":"{count} beboere importert","tools.send.title":"Send nøkler","tools.send.intro":"Sier fra til eierne på SMS eller e-post at nøklene deres er klare. Eiere uten samtykke til digitale meldinger beholder nøklene, men får ingen melding.","tools.send.scope.file":"Eierne i denne filen","tools.send.scope.all":"Alle eierne i borettslaget","tools.send.preview":"Vis hvem som får melding","tools.send.will_get":"Får melding: {count}","tools.send.reason.no_consent":"Ingen melding, mangler samtykke: {count}","tools.send.reason.no_contact":"Ingen melding, mangler telefon og e-post: {count}","tools.send.reason.no_key":"Ingen melding, har ingen nøkkel ennå: {count}","tools.send.reason.notify_failed":"Meldingen kunne ikke sendes: {count}","tools.send.confirm":"Send {count} meldinger","tools.send.sending":"Sender …","tools.send.sent":"Meldinger sendt: {count}","tools.send.sent_toast":"{count} meldinger sendt","tools.send.no_target":"Ingen melding kan sendes ennå: borettslaget har ingen varslingshandling. Velg en i integrasjonens alternativer, og send deretter.","tools.send.open_settings":"Åpne bygningens innstillinger","tools.events.title":"Hendelseslogg","tools.events.export":"Eksporter CSV","tools.events.exporting":"Eksporterer … {count}","tools.events.exported":"{count} hendelser eksportert","tools.events.door":"Dør","tools.events.all_doors":"Alle dører","tools.events.person":"Person","tools.events.kind":"Hendelse","tools.events.all_kinds":"Alle hendelser","tools.events.since":"Fra","tools.events.until":"Til","tools.events.time":"Tid","tools.events.outcome":"Hvordan eller hvorfor","tools.events.none":"Ingen hendelser passer.","tools.events.shown":"Hendelser vist: {count}","tools.events.more":"Hent flere","tools.events.guest":"Gjest (delt nøkkel)","tools.events.ha_user":"Home Assistant-bruker","tools.events.refused":"Avvist","tools.events.reason.no_key":"Ingen nøkkel","tools.events.reason.outside_schedule":"Utenfor tidene","tools.events.reason.not_yet_valid":"Ikke gyldig ennå","tools.events.reason.expired":"Utløpt","tools.events.reason.use_limit_reached":"Ingen bruk igjen","tools.events.reason.share_revoked":"Delt nøkkel trukket tilbake","tools.events.reason.unknown_door":"Ukjent dør","tools.events.reason.unattributed_refused":"Ingen å sjekke nøkkelen til","tools.events.reason.unknown_credential":"Ukjent kode eller brikke","tools.events.reason.disabled":"Kode eller brikke sperret","tools.events.reason.keypad_locked":"Tastaturet er låst etter feil koder","tools.events.source.ble":"Fra Home Assistant eller appen","tools.events.source.pin":"PIN-kode","tools.events.source.tag":"Brikke","tools.events.source.button":"Knapp på innsiden","tools.events.source.auto_relock":"Låst igjen av seg selv","tools.events.source.hub_relock":"Låst igjen av huben etter en åpning","tools.events.source.manual":"For hånd","tools.events.source.system":"Dørenheten","tools.events.source.hub":"Home Assistant","tools.events.source.guest_link":"Gjestelenke","tools.events.csv.time":"Tid","tools.events.csv.door":"Dør","tools.events.csv.person":"Person","tools.events.csv.kind":"Hendelse","tools.events.csv.outcome":"Hvordan eller hvorfor","tools.events.csv.door_id":"Dør-id","tools.events.csv.person_id":"Person-id","tools.kind.unlocked":"Låst opp","tools.kind.unlatched":"Fallen trukket","tools.kind.locked":"Låst","tools.kind.denied":"Avvist","tools.kind.blocked_credential_presented":"Sperret kode eller brikke prøvd","tools.kind.share_used":"Delt nøkkel brukt","tools.kind.emergency_key_used":"Nødnøkkel brukt","tools.kind.door_opened":"Døren åpnet","tools.kind.door_closed":"Døren lukket","tools.kind.jammed":"Låsen har kilt seg","tools.kind.tamper":"Sabotasje","tools.kind.battery_low":"Lavt batteri","tools.kind.rebooted":"Dørenheten startet på nytt","tools.kind.clock_set":"Klokken stilt","tools.kind.paired":"Dørenhet paret","tools.kind.credentials_updated":"Koder og brikker oppdatert","tools.kind.door_removed":"Dør fjernet","tools.kind.registry_changed":"Nøkler eller personer endret","tools.kind.import":"Beboere importert","tools.kind.erasure":"Personopplysninger slettet","tools.access.title":"Tilgangssjekk","tools.access.intro":"Hvorfor kan noen åpne en dør, eller hvorfor ikke? Velg en person og en dør for å se grunnene låsen selv bestemmer ut fra, én for hver nøkkel.","tools.access.person":"Person","tools.access.door":"Dør","tools.access.all_doors":"Alle dørene personen har","tools.access.at":"Tidspunkt","tools.access.at_hint":"Lokal tid i borettslaget. La feltet stå tomt for nå.","tools.access.now":"Nå","tools.access.yes":"Åpner","tools.access.no":"Åpner ikke","tools.access.opens_now":"Åpner nå.","tools.access.opens_next":"Åpner neste gang {time}.","tools.access.opens_never":"Åpner ikke igjen med nøklene personen har nå.","tools.access.no_key_door":"{name} har ingen nøkkel til {door}.","tools.access.no_keys":"{name} har ingen nøkler.","tools.access.no_key_hint":"Gi tilgang på personens side, eller legg døren til i et nøkkelknippe personen har.","tools.access.key.grant":"Egen nøkkel","tools.access.key.bundle":"Nøkkelknippe {name}","tools.access.key.emergency":"Nødnøkkel","tools.access.key.share":"Nøkkel delt med personen","tools.import.column_unknown":"Ikke gjenkjent: velg hva den inneholder","tools.import.owners":"Eiere: {count}","tools.import.choose_file":"Velg fil","tools.import.no_file":"Ingen fil valgt","tools.bundles.not_counted":"Dette knippet har ingen dører, så nøklene på det kan ikke telles her. Har noen det, får du beskjed når du sletter det.","tools.bundles.used_by_keys":"Nøkler som bruker knippet: {count}."};var Cn={"tools.cancel":"Annuleren","tools.save":"Opslaan","tools.picker.placeholder":"Naam of telefoonnummer","tools.picker.clear":"Iemand anders kiezen","tools.picker.none":"Niemand gevonden","tools.field.dwelling":"Woning","tools.field.entrance":"Ingang","tools.field.name":"Naam","tools.field.first_name":"Voornaam","tools.field.last_name":"Achternaam","tools.field.phone":"Telefoon","tools.field.email":"E-mail","tools.field.role":"Rol","tools.field.consent":"Toestemming","tools.bundles.title":"Sleutelbossen","tools.bundles.intro":'Een sleutelbos geeft meerdere deuren als één sleutel, bijvoorbeeld "Ingang A, wasruimte en fietsenberging". Iedereen met de sleutelbos krijgt een deur die u toevoegt meteen erbij, en verliest een deur die u eruit haalt.',"tools.bundles.add":"Nieuwe sleutelbos","tools.bundles.none":"Nog geen sleutelbossen.","tools.bundles.no_doors":"Nog geen deuren","tools.bundles.no_doors_yet":"De VvE heeft nog geen deuren.","tools.bundles.edit":"Wijzigen","tools.bundles.edit_title":"Sleutelbos wijzigen","tools.bundles.delete":"Verwijderen","tools.bundles.name":"Naam","tools.bundles.doors":"Deuren","tools.bundles.dropping":"Iedereen met deze sleutelbos verliest de toegang tot {doors} zodra u opslaat.","tools.bundles.created":'Sleutelbos "{name}" aangemaakt',"tools.bundles.saved":'Sleutelbos "{name}" opgeslagen',"tools.bundles.deleted":'Sleutelbos "{name}" verwijderd',"tools.bundles.delete_title":'Sleutelbos "{name}" verwijderen?',"tools.bundles.counting":"De sleutels die hem gebruiken worden geteld…","tools.bundles.unused":"Niemand heeft deze sleutelbos.","tools.bundles.used_by":"Sleutels die deze sleutelbos gebruiken: {count}. Wie ze heeft, opent daarmee {doors}.","tools.bundles.revoke":"Ook de sleutels verwijderen die hem gebruiken","tools.bundles.revoke_hint":"Die personen verliezen deze deuren dan meteen, en sleutels die ze ervan gedeeld hebben werken niet meer. Een sleutelbos die in gebruik is, kan niet zonder zijn sleutels verwijderd worden.","tools.bundles.delete_with_keys":"Sleutelbos en sleutels verwijderen","tools.import.title":"Bewoners importeren","tools.import.intro":"Kies de bewonerslijst, als CSV opgeslagen uit uw spreadsheet. Er wordt niets geïmporteerd voordat u het resultaat hebt bekeken en bevestigd. Alleen eigenaren krijgen automatisch sleutels.","tools.import.file":"Bewonerslijst (CSV)","tools.import.file_info":"{name}: {lines} regels, gelezen als {encoding}.","tools.import.encoding.utf-8":"UTF-8","tools.import.encoding.utf-16le":"Unicode-tekst (UTF-16)","tools.import.encoding.utf-16be":"Unicode-tekst (UTF-16)","tools.import.encoding.windows-1252":"Windows (West-Europees)","tools.import.too_large":"Het bestand is te groot om hiervandaan te importeren (hooguit ongeveer {limit} MB). Splits het en importeer de delen na elkaar.","tools.import.unreadable":"Het bestand kon niet worden gelezen.","tools.import.keys_title":"Sleutels voor eigenaren","tools.import.entrances_after_run":"Controleer eerst het bestand: de ingangen die erin staan verschijnen dan hier, zodat u kunt kiezen welke deur of sleutelbos de eigenaren daar krijgen.","tools.import.no_owner_entrances":"Het bestand heeft geen eigenaren die een sleutel zouden krijgen.","tools.import.entrances_intro":"Kies wat de eigenaren van elke ingang krijgen. Eigenaren die die sleutel al hebben, houden hem; een import neemt nooit iets af.","tools.import.no_entrance":"(geen ingang opgegeven)","tools.import.no_key":"Geen sleutel","tools.import.bundles":"Sleutelbossen","tools.import.doors":"Deuren","tools.import.share_limit":"Eigenaren mogen elke sleutel delen met","tools.import.share_limit_hint":"Met hoeveel mensen elke eigenaar een deur mag delen (0: eigenaren mogen niet delen).","tools.import.columns":"Kolommen","tools.import.columns_intro":"Kolommen worden aan hun naam herkend. Kies wat een kolom bevat als de naam niet wordt herkend; een kolom die niets hiervan bevat, moet uit het bestand worden verwijderd.","tools.import.column_auto":"Herkend: {field}","tools.import.column_as_read":"Op basis van de naam","tools.import.dry_run":"Bestand controleren","tools.import.running":"Bezig met controleren…","tools.import.report_title":"Wat de import zou doen","tools.import.dry_run_note":"Er is nog niets geïmporteerd.","tools.import.count.created":"nieuw","tools.import.count.updated":"bijgewerkt","tools.import.count.unchanged":"ongewijzigd","tools.import.count.rejected":"afgewezen","tools.import.count.grants":"sleutels gegeven","tools.import.view_attention":"Nakijken ({count})","tools.import.view_all":"Alle regels ({count})","tools.import.nothing_to_check":"Elke regel kan worden geïmporteerd zoals hij is.","tools.import.col.line":"Regel","tools.import.col.outcome":"Resultaat","tools.import.col.text":"In het bestand","tools.import.col.details":"Waarom","tools.import.outcome.created":"Nieuw","tools.import.outcome.updated":"Bijgewerkt","tools.import.outcome.unchanged":"Ongewijzigd","tools.import.outcome.rejected":"Afgewezen","tools.import.changes":"Wijzigt: {fields}","tools.import.gets_key":"Krijgt een sleutel","tools.import.show_more":"Meer tonen ({shown} van {total})","tools.import.confirm":"{count} regels importeren","tools.import.importing":"Bezig met importeren…","tools.import.done_title":"Import voltooid","tools.import.done_rejected":"Afgewezen regels: {count}. Ze zijn niet geïmporteerd: verbeter ze in het bestand en importeer het opnieuw; de regels die al geïmporteerd zijn, blijven dan ongewijzigd.","tools.import.done_next":"Laat de eigenaren nu weten dat hun sleutels klaarstaan.","tools.import.done_toast":"{count} bewoners geïmporteerd","tools.send.title":"Sleutels versturen","tools.send.intro":"Laat eigenaren per sms of e-mail weten dat hun sleutels klaarstaan. Eigenaren zonder toestemming voor digitale berichten houden hun sleutels, maar krijgen geen bericht.","tools.send.scope.file":"Eigenaren in dit bestand","tools.send.scope.all":"Alle eigenaren in de VvE","tools.send.preview":"Tonen wie een bericht krijgt","tools.send.will_get":"Krijgen een bericht: {count}","tools.send.reason.no_consent":"Geen bericht, geen toestemming: {count}","tools.send.reason.no_contact":"Geen bericht, geen telefoon of e-mail: {count}","tools.send.reason.no_key":"Geen bericht, nog geen sleutel: {count}","tools.send.reason.notify_failed":"Bericht kon niet worden verstuurd: {count}","tools.send.confirm":"{count} berichten versturen","tools.send.sending":"Bezig met versturen…","tools.send.sent":"Berichten verstuurd: {count}","tools.send.sent_toast":"{count} berichten verstuurd","tools.send.no_target":"Er kan nog geen bericht worden verstuurd: het gebouw heeft geen meldingsactie. Kies er een in de opties van de integratie en verstuur daarna.","tools.send.open_settings":"Open de instellingen van het gebouw","tools.events.title":"Logboek","tools.events.export":"CSV exporteren","tools.events.exporting":"Bezig met exporteren… {count}","tools.events.exported":"{count} gebeurtenissen geëxporteerd","tools.events.door":"Deur","tools.events.all_doors":"Alle deuren","tools.events.person":"Persoon","tools.events.kind":"Gebeurtenis","tools.events.all_kinds":"Alle gebeurtenissen","tools.events.since":"Van","tools.events.until":"Tot","tools.events.time":"Tijd","tools.events.outcome":"Hoe of waarom","tools.events.none":"Geen gebeurtenissen gevonden.","tools.events.shown":"Getoonde gebeurtenissen: {count}","tools.events.more":"Meer laden","tools.events.guest":"Gast (gedeelde sleutel)","tools.events.ha_user":"Home Assistant-gebruiker","tools.events.refused":"Geweigerd","tools.events.reason.no_key":"Geen sleutel","tools.events.reason.outside_schedule":"Buiten de tijden","tools.events.reason.not_yet_valid":"Nog niet geldig","tools.events.reason.expired":"Verlopen","tools.events.reason.use_limit_reached":"Geen keren meer over","tools.events.reason.share_revoked":"Gedeelde sleutel ingetrokken","tools.events.reason.unknown_door":"Onbekende deur","tools.events.reason.unattributed_refused":"Niemand om de sleutel van te controleren","tools.events.reason.unknown_credential":"Onbekende code of tag","tools.events.reason.disabled":"Code of tag geblokkeerd","tools.events.reason.keypad_locked":"Toetsenbord vergrendeld na foute codes","tools.events.source.ble":"Vanuit Home Assistant of de app","tools.events.source.pin":"Pincode","tools.events.source.tag":"Tag","tools.events.source.button":"Knop aan de binnenkant","tools.events.source.auto_relock":"Vanzelf weer vergrendeld","tools.events.source.hub_relock":"Na een opening weer vergrendeld door de hub","tools.events.source.manual":"Met de hand","tools.events.source.system":"De deurunit","tools.events.source.hub":"Home Assistant","tools.events.source.guest_link":"Gastlink","tools.events.csv.time":"Tijd","tools.events.csv.door":"Deur","tools.events.csv.person":"Persoon","tools.events.csv.kind":"Gebeurtenis","tools.events.csv.outcome":"Hoe of waarom","tools.events.csv.door_id":"Deur-id","tools.events.csv.person_id":"Persoon-id","tools.kind.unlocked":"Ontgrendeld","tools.kind.unlatched":"Dagschoot geopend","tools.kind.locked":"Vergrendeld","tools.kind.denied":"Geweigerd","tools.kind.blocked_credential_presented":"Geblokkeerde code of tag geprobeerd","tools.kind.share_used":"Gedeelde sleutel gebruikt","tools.kind.emergency_key_used":"Noodsleutel gebruikt","tools.kind.door_opened":"Deur geopend","tools.kind.door_closed":"Deur gesloten","tools.kind.jammed":"Slot klemt","tools.kind.tamper":"Sabotage","tools.kind.battery_low":"Batterij bijna leeg","tools.kind.rebooted":"Deurunit herstart","tools.kind.clock_set":"Klok gelijkgezet","tools.kind.paired":"Deurunit gekoppeld","tools.kind.credentials_updated":"Codes en tags bijgewerkt","tools.kind.door_removed":"Deur verwijderd","tools.kind.registry_changed":"Sleutels of personen gewijzigd","tools.kind.import":"Bewoners geïmporteerd","tools.kind.erasure":"Persoonsgegevens gewist","tools.access.title":"Toegangscontrole","tools.access.intro":"Waarom kan iemand een deur wel of niet openen? Kies een persoon en een deur om de redenen te zien waarop het slot zelf beslist, één per sleutel.","tools.access.person":"Persoon","tools.access.door":"Deur","tools.access.all_doors":"Al hun deuren","tools.access.at":"Tijdstip","tools.access.at_hint":"Lokale tijd van het gebouw. Laat leeg voor nu.","tools.access.now":"Nu","tools.access.yes":"Opent","tools.access.no":"Opent niet","tools.access.opens_now":"Opent nu.","tools.access.opens_next":"Opent weer op {time}.","tools.access.opens_never":"Opent niet meer met de sleutels die deze persoon nu heeft.","tools.access.no_key_door":"{name} heeft geen sleutel van {door}.","tools.access.no_keys":"{name} heeft geen sleutels.","tools.access.no_key_hint":"Geef toegang op de pagina van de persoon, of voeg de deur toe aan een sleutelbos die deze persoon heeft.","tools.access.key.grant":"Eigen sleutel","tools.access.key.bundle":"Sleutelbos {name}","tools.access.key.emergency":"Noodsleutel","tools.access.key.share":"Met deze persoon gedeelde sleutel","tools.import.column_unknown":"Niet herkend: kies wat erin staat","tools.import.owners":"Eigenaren: {count}","tools.import.choose_file":"Bestand kiezen","tools.import.no_file":"Geen bestand gekozen","tools.bundles.not_counted":"Deze sleutelbos heeft geen deuren, dus de sleutels erop kunnen hier niet worden geteld. Heeft iemand hem, dan hoort u dat bij het verwijderen.","tools.bundles.used_by_keys":"Sleutels die deze sleutelbos gebruiken: {count}."};var Mn={en:{...yn,...wn,...Tn,...In,...Nn,...gn},nb:{...fn,...$n,...En,...Rn,...Ln,...mn},da:{...vn,...bn,...Sn,...Pn,...jn,...pn},nl:{..._n,...xn,...Dn,...Cn,...An,...kn}};function Q(o){let n=(o??"en").toLowerCase().split("-")[0]??"en";return n==="nb"||n==="no"||n==="nn"?"nb":n==="da"||n==="nl"?n:"en"}function m(o,n,e={}){return(Mn[o][n]??Mn.en[n]??n).replace(/\{(\w+)\}/g,(s,r)=>r in e?String(e[r]):s)}var wt=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/,cr=/(?:Z|[+-]\d{2}:?\d{2})$/i;function $(o){return o?.config?.time_zone||void 0}var On=new Map;function hr(o){let n=On.get(o);return n||(n=new Intl.DateTimeFormat("en-US",{timeZone:o,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}),On.set(o,n)),n}function bt(o,n){let e;try{e=hr(n).formatToParts(o)}catch{return}let t=s=>Number(e.find(r=>r.type===s)?.value);return new Date(Date.UTC(t("year"),t("month")-1,t("day"),t("hour")%24,t("minute"),t("second")))}function O(o,n){if(o instanceof Date)return Number.isNaN(o.getTime())?void 0:(n?bt(o,n):void 0)??Bn(o);if(n&&cr.test(o)){let h=new Date(o);if(!Number.isNaN(h.getTime())){let u=bt(h,n);if(u)return u}}let e=wt.exec(o);if(!e)return;let[t,s,r,a,l,c]=e.slice(1,7).map(h=>Number(h??0));return new Date(Date.UTC(t,s-1,r,a,l,c))}function Bn(o){return new Date(Date.UTC(o.getFullYear(),o.getMonth(),o.getDate(),o.getHours(),o.getMinutes(),o.getSeconds()))}function pe(o){let n=wt.exec(o);if(!n)return o;let[,e,t,s,r,a,l]=n;return`${e}-${t}-${s} ${r}:${a}:${l??"00"}`}function we(o,n,e,t){if(!n)return"";let s=O(n,e);return s?s.toLocaleString(o,{...t,timeZone:"UTC"}):n}function b(o,n,e){return we(o,n,e,{dateStyle:"medium",timeStyle:"short"})}function $e(o,n,e){return we(o,n,e,{dateStyle:"medium"})}function Hn(o,n,e){return we(o,n,e,{timeStyle:"short"})}function zn(o,n,e){return we(o,n,e,{weekday:"long"})}function Un(o,n){let e=O(o,n);return e!==void 0&&e.getUTCHours()===0&&e.getUTCMinutes()===0}function Vn(o,n,e){let t=O(o,e),s=O(n,e);return!t||!s?NaN:Math.floor(t.getTime()/864e5)-Math.floor(s.getTime()/864e5)}function ee(o){return String(o).padStart(2,"0")}function ge(o,n){if(!o)return"";let e=O(o,n);return e?`${e.getUTCFullYear()}-${ee(e.getUTCMonth()+1)}-${ee(e.getUTCDate())}T${ee(e.getUTCHours())}:${ee(e.getUTCMinutes())}`:""}function P(o,n){let e=wt.exec(o);if(!e)return;let[t,s,r,a,l]=e.slice(1,6).map(Number);if(!n){let k=new Date(t,s-1,r,a,l);return Number.isNaN(k.getTime())?void 0:k}let c=Date.UTC(t,s-1,r,a,l),h=k=>{let T=bt(new Date(k),n);return T===void 0?void 0:T.getTime()-Math.floor(k/1e3)*1e3},u=h(c);if(u===void 0)return new Date(t,s-1,r,a,l);let p=h(c-u)??u;return new Date(c-p)}function xe(o,n){let e=O(o,n)??Bn(o),t=`${e.getUTCFullYear()}-${ee(e.getUTCMonth()+1)}-${ee(e.getUTCDate())}T23:59`;return P(t,n)??o}var f=g`
  :host {
    display: block;
    min-height: 100vh;
    box-sizing: border-box;
    color: var(--primary-text-color);
    background: var(--primary-background-color);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
    -webkit-font-smoothing: antialiased;
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: 8px;
    height: var(--header-height, 56px);
    padding: 0 12px;
    box-sizing: border-box;
    background: var(--app-header-background-color, var(--primary-color));
    color: var(--app-header-text-color, var(--text-primary-color, #fff));
    border-bottom: var(--app-header-border-bottom, none);
    position: sticky;
    top: 0;
    z-index: 2;
  }
  .toolbar h1 {
    font-size: 20px;
    font-weight: 400;
    margin: 0;
    flex: 1;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .menu-button {
    background: none;
    border: none;
    color: inherit;
    width: 40px;
    height: 40px;
    padding: 0;
    border-radius: 50%;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  .menu-button:hover {
    background: rgba(127, 127, 127, 0.2);
  }
  .content {
    padding: 16px;
    max-width: 1200px;
    margin: 0 auto;
    box-sizing: border-box;
  }
  .card {
    background: var(--ha-card-background, var(--card-background-color, #fff));
    border-radius: var(--ha-card-border-radius, 12px);
    border: 1px solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
    box-shadow: var(--ha-card-box-shadow, none);
    padding: 16px;
    margin-bottom: 16px;
  }
  .card h2 {
    font-size: 18px;
    font-weight: 500;
    margin: 0 0 12px;
  }
  .card h3 {
    font-size: 15px;
    font-weight: 500;
    margin: 16px 0 8px;
  }
  .secondary {
    color: var(--secondary-text-color);
    font-size: 14px;
  }
  button,
  .button {
    font: inherit;
    font-size: 14px;
    font-weight: 500;
    min-height: 36px;
    padding: 0 16px;
    border-radius: 18px;
    border: 1px solid var(--primary-color);
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    cursor: pointer;
  }
  button.secondary-action {
    background: transparent;
    color: var(--primary-color);
  }
  button.danger {
    background: var(--error-color, #db4437);
    border-color: var(--error-color, #db4437);
    color: #fff;
  }
  button.big {
    min-height: 48px;
    font-size: 16px;
    border-radius: 24px;
    padding: 0 24px;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  label {
    display: block;
    font-size: 13px;
    color: var(--secondary-text-color);
    margin: 8px 0 4px;
  }
  label.inline {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-size: 14px;
    color: var(--primary-text-color);
  }
  input,
  select,
  textarea {
    font: inherit;
    font-size: 16px;
    box-sizing: border-box;
    width: 100%;
    min-height: 40px;
    padding: 8px 10px;
    border-radius: 6px;
    border: 1px solid var(--divider-color, #ccc);
    background: var(--input-fill-color, var(--secondary-background-color, transparent));
    color: var(--primary-text-color);
  }
  input[type="checkbox"],
  input[type="radio"] {
    width: 20px;
    min-height: 20px;
    height: 20px;
    accent-color: var(--primary-color);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 14px;
  }
  th {
    text-align: start;
    font-weight: 500;
    color: var(--secondary-text-color);
    border-bottom: 1px solid var(--divider-color);
    padding: 6px 8px;
  }
  td {
    border-bottom: 1px solid var(--divider-color);
    padding: 8px;
    vertical-align: top;
  }
  tr.clickable {
    cursor: pointer;
  }
  tr.clickable:hover {
    background: var(--secondary-background-color);
  }
  .chip {
    display: inline-block;
    font-size: 12px;
    line-height: 20px;
    padding: 0 8px;
    border-radius: 10px;
    background: var(--secondary-background-color);
    color: var(--primary-text-color);
    white-space: nowrap;
  }
  .chip.ok {
    background: color-mix(in srgb, var(--success-color, #43a047) 20%, transparent);
  }
  .chip.warn {
    background: color-mix(in srgb, var(--warning-color, #ffa600) 25%, transparent);
  }
  .chip.bad {
    background: color-mix(in srgb, var(--error-color, #db4437) 20%, transparent);
  }
  .row {
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
    align-items: center;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr));
    gap: 16px;
    align-items: start;
  }
  .error {
    color: var(--error-color, #db4437);
    margin: 8px 0;
  }
  .toast {
    position: fixed;
    inset-inline: 16px;
    bottom: 16px;
    margin: 0 auto;
    max-width: 480px;
    padding: 12px 16px;
    border-radius: 8px;
    background: var(--primary-text-color);
    color: var(--primary-background-color);
    z-index: 10;
  }
  .dialog-backdrop {
    position: fixed;
    inset: 0;
    background: rgba(0, 0, 0, 0.45);
    display: flex;
    align-items: center;
    justify-content: center;
    z-index: 9;
    padding: 16px;
  }
  .dialog {
    background: var(--card-background-color, #fff);
    color: var(--primary-text-color);
    border-radius: 16px;
    padding: 20px;
    width: min(560px, 100%);
    max-height: calc(100vh - 32px);
    overflow: auto;
    box-sizing: border-box;
  }
  .dialog h2 {
    margin-top: 0;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 16px;
    flex-wrap: wrap;
  }
  .empty {
    color: var(--secondary-text-color);
    padding: 16px 0;
    text-align: center;
  }
`,Se="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z";function Te(o){o.dispatchEvent(new Event("hass-toggle-menu",{bubbles:!0,composed:!0}))}function N(o,n){if(o)return P(o,n)?.toISOString()}var te=class{constructor(n,e){this.hass=n;this.entryId=e}get entry(){return this.entryId}call(n,e={}){let t={type:`digitalkey/${n}`,...e};return this.entryId!==void 0&&(t.entry_id=this.entryId),this.hass().callWS(t)}subscribe(n){let e={type:"digitalkey/subscribe"};return this.entryId!==void 0&&(e.entry_id=this.entryId),this.hass().connection.subscribeMessage(t=>n(t.changed),e)}},Kn;function ne(o){return Kn??=o.loadBackendTranslation?.("exceptions","digitalkey")??Promise.resolve(),Kn}function x(o,n){let e=n;if(e?.translation_key&&e.translation_domain==="digitalkey"){let t=o.localize(`component.digitalkey.exceptions.${e.translation_key}.message`,e.translation_placeholders??{});if(t)return t}return typeof e?.message=="string"&&e.message?e.message:String(n)}var ur="button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";function B(){let o=document.activeElement;for(;o?.shadowRoot?.activeElement;)o=o.shadowRoot.activeElement;return o instanceof HTMLElement?o:null}function Fn(o){let n=[...o.querySelectorAll(ur)].filter(e=>e.getClientRects().length>0);return n.filter(e=>{if(!(e instanceof HTMLInputElement)||e.type!=="radio"||!e.name)return!0;let t=n.filter(r=>r instanceof HTMLInputElement&&r.type==="radio"&&r.name===e.name),s=t.find(r=>r.checked);return s?s===e:t[0]===e})}function H(o,n,e){if(o.key!=="Tab"||!e)return;let t=Fn(e),s=t[0],r=t[t.length-1];if(!s||!r)return;let a=n.activeElement;!(a instanceof Element)||!e.contains(a)?(o.preventDefault(),(o.shiftKey?r:s).focus()):o.shiftKey&&a===s?(o.preventDefault(),r.focus()):!o.shiftKey&&a===r&&(o.preventDefault(),s.focus())}function Ee(o){if(!o)return;(o.querySelector("input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled])")??Fn(o)[0])?.focus()}function z(o){o?.isConnected&&o.focus()}var L=g`
  :host {
    min-height: 0;
    background: transparent;
    container-type: inline-size;
  }
  .grid {
    margin-bottom: 16px;
  }
  .grid > div {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }
  .grid > .card,
  .grid > div > .card {
    margin-bottom: 0;
  }
  .grid.overview {
    grid-template-columns: minmax(0, 1fr);
  }
  .grid.door-grid {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 860px) {
    .grid.overview {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    .grid.door-grid {
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    }
  }
  a {
    color: var(--primary-color);
  }
  .table-scroll {
    overflow-x: auto;
    -webkit-overflow-scrolling: touch;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .page-head {
    align-items: flex-start;
    margin: 4px 0 16px;
  }
  .page-title {
    font-size: 24px;
    font-weight: 400;
    margin: 0 0 4px;
  }
  .nowrap {
    white-space: nowrap;
  }
  .list {
    display: flex;
    flex-direction: column;
  }
  a.item {
    display: flex;
    align-items: center;
    gap: 12px;
    min-height: 56px;
    padding: 8px 4px;
    border-bottom: 1px solid var(--divider-color);
    color: inherit;
    text-decoration: none;
    box-sizing: border-box;
  }
  a.item:last-child {
    border-bottom: none;
  }
  a.item:hover,
  a.item:focus-visible {
    background: var(--secondary-background-color);
  }
  a.item:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: -2px;
  }
  .item-main {
    flex: 1;
    min-width: 0;
  }
  .item-title {
    font-weight: 500;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .item-sub {
    color: var(--secondary-text-color);
    font-size: 13px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .item-side {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    max-width: 55%;
  }
  .entries {
    display: flex;
    flex-direction: column;
  }
  .entry {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 4px 12px;
    padding: 10px 0;
    border-bottom: 1px solid var(--divider-color);
  }
  .entry:last-child {
    border-bottom: none;
  }
  .entry-check {
    flex: none;
    display: flex;
    align-items: center;
    min-height: 24px;
  }
  .entry-main {
    flex: 1 1 220px;
    min-width: 0;
  }
  .entry-main .item-title {
    white-space: normal;
  }
  .entry-main > div {
    margin-top: 2px;
  }
  .entry-side {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
    justify-content: flex-end;
  }
  .entry-side button {
    min-height: 32px;
    padding: 0 12px;
    font-size: 13px;
  }
  .title-chips {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
    vertical-align: middle;
    margin-inline-start: 6px;
  }
  .chips-line {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 4px;
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    flex-wrap: wrap;
    margin-bottom: 12px;
  }
  .head h2 {
    margin: 0;
  }
  .checks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 200px), 1fr));
    gap: 4px 12px;
    margin: 4px 0 8px;
  }
  .checks label.inline,
  label.check {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 44px;
    margin: 0;
    font-size: 15px;
    color: var(--primary-text-color);
    cursor: pointer;
  }
  .pick-list {
    max-height: min(320px, 40vh);
    overflow-y: auto;
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding: 4px 8px;
    grid-template-columns: minmax(0, 1fr);
  }
  .checks .secondary {
    font-size: 12px;
  }
  .field-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr));
    gap: 0 12px;
  }
  .hint {
    color: var(--secondary-text-color);
    font-size: 13px;
    margin: 4px 0 0;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 6px 16px;
    margin: 0;
  }
  .facts dt {
    color: var(--secondary-text-color);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    flex-wrap: wrap;
    padding-top: 12px;
  }
  .back {
    display: inline-flex;
    align-items: center;
    min-height: 40px;
    text-decoration: none;
    font-weight: 500;
  }
  .pin-once {
    font-size: 32px;
    letter-spacing: 6px;
    font-variant-numeric: tabular-nums;
    font-family: var(--code-font-family, monospace);
    padding: 12px 16px;
    border-radius: 8px;
    background: var(--secondary-background-color);
    text-align: center;
    margin: 12px 0;
  }
  td.actions-cell {
    text-align: end;
    white-space: nowrap;
  }
  td.actions-cell button {
    margin: 2px 0 2px 4px;
  }
  button.small {
    min-height: 32px;
    padding: 0 12px;
    font-size: 13px;
  }
  .radio-list {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin: 4px 0 8px;
  }
  /* A choice whose hint wraps on a phone keeps its radio button whole and in line. */
  .radio-list input[type="radio"] {
    flex: none;
  }
  .busy {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 12px 0;
  }
  .spinner {
    width: 20px;
    height: 20px;
    border-radius: 50%;
    border: 3px solid var(--divider-color);
    border-top-color: var(--primary-color);
    animation: spin 0.9s linear infinite;
    flex: none;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .weekdays {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .weekdays label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin: 0;
    min-height: 36px;
    padding: 0 10px;
    border-radius: 18px;
    border: 1px solid var(--divider-color);
    color: var(--primary-text-color);
    font-size: 14px;
    cursor: pointer;
  }
  .weekdays input {
    width: 16px;
    height: 16px;
    min-height: 16px;
  }
  .schedule-window {
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding: 8px 12px;
    margin: 8px 0;
  }
  @media (max-width: 600px) {
    .content {
      padding: 8px;
    }
    .card {
      padding: 12px;
    }
    button {
      min-height: 44px;
    }
    button.small,
    .entry-side button {
      min-height: 40px;
    }
    .entry-side {
      justify-content: flex-start;
    }
    .item-side {
      max-width: 50%;
    }
  }
`;function y(o,n){customElements.get(o)||customElements.define(o,n)}var q=class extends _{static{this.properties={hass:{attribute:!1},api:{attribute:!1},language:{attribute:!1},narrow:{type:Boolean}}}t(n,e={}){return m(this.language??"en",n,e)}tp(n,e,t={}){let s=this.language??"en",r={count:this.num(e),...t};if(new Intl.PluralRules(s).select(e)==="one"){let a=`${n}_one`,l=m(s,a,r);if(l!==a)return l}return m(s,n,r)}get locale(){return this.hass?.locale?.language??this.hass?.language??"en"}get zone(){return $(this.hass)}num(n){return n.toLocaleString(this.locale)}lockState(n){return(n.entity_id?this.hass?.states?.[n.entity_id]?.state:void 0)??n.lock_state}refusal(n){return x(this.hass,n)}toast(n){this.dispatchEvent(new CustomEvent("dk-toast",{detail:{message:n},bubbles:!0,composed:!0}))}navigate(n,e){let t=e===void 0?{page:n}:{page:n,id:e};this.dispatchEvent(new CustomEvent("dk-navigate",{detail:t,bubbles:!0,composed:!0}))}href(n,e){let t=new URLSearchParams({page:n});return e!==void 0&&t.set("id",e),`${location.pathname}?${t.toString()}`}follow(n,e,t){n.button!==0||n.metaKey||n.ctrlKey||n.shiftKey||n.altKey||(n.preventDefault(),this.navigate(e,t))}},S=class extends q{static{this.properties={...q.properties,revision:{type:Number}}}load(n){}willUpdate(n){super.willUpdate(n),n.has("revision")&&n.get("revision")!==void 0&&this.load(!0)}backToOverview(){return i`<a
      class="back"
      data-test="back-overview"
      href=${this.href("overview")}
      @click=${n=>this.follow(n,"overview")}
      >← ${this.t("cc.nav.overview")}</a
    >`}};var pr=new Set(["checkbox","radio","button","submit","file","search"]),v=class extends q{constructor(){super();this.opener=null;this.onKey=e=>{if(e.key==="Escape"&&!this.busy){e.stopPropagation(),this.close();return}let t=this.renderRoot;if(e.key==="Enter"&&!e.isComposing){this.enter(e,t.activeElement);return}H(e,t,t.querySelector(".dialog"))};this.error="",this.busy=!1}static{this.properties={...q.properties,error:{state:!0},busy:{state:!0}}}static{this.styles=[f,L]}connectedCallback(){super.connectedCallback(),this.opener=B(),window.addEventListener("keydown",this.onKey)}disconnectedCallback(){window.removeEventListener("keydown",this.onKey),super.disconnectedCallback();let e=this.opener;this.opener=null,setTimeout(()=>z(e),0)}firstUpdated(){let e=this.renderRoot;(e.querySelector("input:not([disabled]), select, textarea")??e.querySelector("button.dialog-focus")??e.querySelector("[data-test=dialog-cancel]"))?.focus()}enter(e,t){if(!(t instanceof HTMLInputElement)||this.busy||e.defaultPrevented||t.form||pr.has(t.type))return;let s=this.renderRoot.querySelectorAll(".dialog .actions button"),r=s[s.length-1];!r||r.disabled||r.dataset.test==="dialog-cancel"||r.classList.contains("danger")||(e.preventDefault(),r.click())}close(){this.dispatchEvent(new CustomEvent("dk-close",{bubbles:!1,composed:!1}))}saved(e={}){this.dispatchEvent(new CustomEvent("dk-saved",{detail:e,bubbles:!1,composed:!1}))}async attempt(e){if(this.busy)return!1;this.busy=!0,this.error="";try{return await e(),!0}catch(t){return this.error=this.refusal(t),!1}finally{this.busy=!1}}frame(e,t,s,r="dialog"){return i`<div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-label=${e} data-test=${r}>
        <h2>${e}</h2>
        ${t}
        ${this.error?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d}
        <div class="actions">${s}</div>
      </div>
    </div>`}cancelButton(e=this.t("cc.cancel")){return i`<button
      class="secondary-action"
      data-test="dialog-cancel"
      ?disabled=${this.busy}
      @click=${()=>this.close()}
    >
      ${e}
    </button>`}};function I(o,n){return ge(o,n)}function Gn(o,n){return ge(new Date(Date.now()+o*36e5),n)}var $t=class extends v{constructor(){super();this.atDefaulted=!1;this.at=""}static{this.properties={...v.properties,door:{attribute:!1},at:{state:!0}}}willUpdate(e){super.willUpdate(e),!this.atDefaulted&&this.hass&&(this.atDefaulted=!0,this.at=I(new Date().toISOString(),this.zone)),e.has("door")&&(this.error="")}get inFuture(){let e=N(this.at,this.zone);return e!==void 0&&new Date(e).getTime()>Date.now()+6e4}async confirm(){let e=N(this.at,this.zone);if(e===void 0){this.error=this.t("batt.change.pick_time");return}if(this.inFuture){this.error=this.t("batt.change.future");return}let t;await this.attempt(async()=>{t=await this.api.call("battery/record_change",{door:this.door.door_id,at:e})})&&this.saved(t)}render(){let e=I(new Date().toISOString(),this.zone);return this.frame(this.t("batt.change.title",{door:this.door.name}),i`<p>${this.t("batt.change.text",{door:this.door.name})}</p>
        <label for="battery-changed-at">${this.t("batt.change.when")}</label>
        <input
          id="battery-changed-at"
          type="datetime-local"
          data-test="battery-change-at"
          max=${e}
          .value=${this.at}
          ?disabled=${this.busy}
          @input=${t=>this.at=t.target.value}
        />
        <p class="hint">${this.t("batt.change.hint")}</p>`,i`${this.cancelButton()}
        <button
          data-test="battery-change-confirm"
          ?disabled=${this.busy||!this.at}
          @click=${()=>{this.confirm()}}
        >
          ${this.t("batt.change.confirm")}
        </button>`,"battery-change-dialog")}};y("dk-battery-change-dialog",$t);function De(o){return o==="en"?",":";"}function gr(o,n){let e=/^(\s*[=+\-@]|[\t\r])/.test(o)?`'${o}`:o;return e.includes(n)||/["\r\n]/.test(e)?`"${e.replace(/"/g,'""')}"`:e}function je(o,n,e){return`\uFEFF${[o,...n].map(s=>s.map(r=>gr(r,e)).join(e)).join(`\r
`)}\r
`}function Ne(o,n){let e=URL.createObjectURL(new Blob([n],{type:"text/csv;charset=utf-8"})),t=document.createElement("a");t.href=e,t.download=o,t.style.display="none",document.body.append(t),t.click(),t.remove(),window.setTimeout(()=>URL.revokeObjectURL(e),1e4)}function Ae(o){return o.probably_dead?"dead":o.available?o.critical?"low":"ok":"silent"}function Pe(o,n){return o.battery!==null&&o.battery!==void 0||!n||n.battery===null?o:{...o,battery:n.battery,battery_critical:n.critical}}function xt(o){return o.critical||o.probably_dead}var mr=["door","address","battery","voltage","changed","change_source","days_since_change","days_left","last_contact","status"];function Le(o,n,e=0){return n==null?"":n.toLocaleString(o,{minimumFractionDigits:e,maximumFractionDigits:e,useGrouping:!1})}function Wn(o,n,e){let t=mr.map(r=>o(`batt.csv.${r}`)),s=e.map(r=>[r.name,r.address,Le(n,r.battery),Le(n,r.voltage,2),r.battery_changed?pe(r.battery_changed):"",r.change_source?o(`batt.source.${r.change_source}`):"",Le(n,r.days_since_change),r.days_left===null?o("batt.unknown"):Le(n,r.days_left),r.last_contact?pe(r.last_contact):"",o(`batt.status.${Ae(r)}`)]);return je(t,s,De(n))}var kr=400,St=class extends S{constructor(){super();this.loading=0;this.report=null,this.error="",this.threshold="",this.onlyLow=!0,this.changing=null}static{this.properties={...S.properties,report:{state:!0},error:{state:!0},threshold:{state:!0},onlyLow:{state:!0},changing:{state:!0}}}static{this.styles=[f,L,g`
      .filters {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 8px 16px;
        margin-bottom: 8px;
      }
      .filters .threshold {
        width: 8em;
      }
      .filters label.check {
        min-height: 40px;
      }
      .level {
        display: inline-flex;
        vertical-align: middle;
        align-items: center;
        gap: 8px;
        white-space: nowrap;
      }
      .bar {
        flex: none;
        width: 64px;
        height: 8px;
        border-radius: 4px;
        background: var(--divider-color);
        overflow: hidden;
      }
      .bar span {
        display: block;
        height: 100%;
        background: var(--success-color, #43a047);
      }
      tr[data-critical="true"] .bar span {
        background: var(--error-color, #db4437);
      }
      tr[data-critical="true"] .level strong {
        color: var(--error-color, #db4437);
      }
      .chip.dead {
        background: var(--error-color, #db4437);
        color: #fff;
      }
      .source {
        display: block;
      }
      td.num {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      /* A phone (or a narrow window): each door is a block of labelled lines. */
      @container (max-width: 720px) {
        table.stack thead {
          display: none;
        }
        table.stack tr {
          display: block;
          border-bottom: 1px solid var(--divider-color);
          padding: 8px 0;
        }
        table.stack td {
          display: block;
          border: none;
          padding: 3px 4px;
        }
        table.stack td[data-label]::before {
          content: attr(data-label) ": ";
          color: var(--secondary-text-color);
        }
        table.stack .source {
          display: inline;
          margin-inline-start: 4px;
        }
        table.stack td.blank {
          display: none;
        }
        table.stack td.door {
          font-size: 16px;
          font-weight: 500;
        }
        table.stack td.actions-cell {
          text-align: start;
          padding-top: 8px;
        }
        table.stack td.actions-cell button {
          margin: 0;
          min-height: 44px;
        }
      }
    `]}disconnectedCallback(){clearTimeout(this.thresholdTimer),super.disconnectedCallback()}willUpdate(e){super.willUpdate(e),(e.has("api")||e.has("language"))&&this.load(this.report!==null)}wantedThreshold(){let e=this.threshold.trim();if(!e)return;let t=Number(e);if(!(!Number.isInteger(t)||t<0||t>100))return t===this.buildingThreshold?void 0:t}async load(e){if(!this.api)return;let t=++this.loading,s={all_doors:!0,language:this.language},r=this.wantedThreshold();r!==void 0&&(s.threshold=r);try{let a=await this.api.call("battery/report",s);if(t!==this.loading)return;r===void 0&&(this.buildingThreshold=a.threshold),this.threshold||(this.threshold=String(a.threshold)),this.report=a,this.error=""}catch(a){t===this.loading&&(this.error=this.refusal(a))}}setThreshold(e){this.threshold=e,clearTimeout(this.thresholdTimer),this.thresholdTimer=setTimeout(()=>this.load(!0),kr)}rows(){let e=this.report?.doors??[];return this.onlyLow?e.filter(xt):e}downloadCsv(){let e=new Date().toISOString().slice(0,10);Ne(`digitalkey-batteries-${e}.csv`,Wn((t,s)=>this.t(t,s),this.language,this.rows())),this.toast(this.t("batt.downloaded"))}async copyText(){let e=this.rows(),t=this.report?.threshold??0,s=e.length?e.map(r=>r.summary).join(`
`):this.t("batt.none",{threshold:this.num(t)});try{await vr(s),this.toast(this.t("batt.copied"))}catch{this.error=this.t("batt.copy_failed")}}percent(e){return(e/100).toLocaleString(this.locale,{style:"percent"})}renderLevel(e){if(e.battery===null)return"—";let t=Math.max(0,Math.min(100,e.battery));return i`<span class="level">
      <span class="bar" aria-hidden="true"><span style="width: ${t}%"></span></span>
      <strong>${this.percent(e.battery)}</strong>
    </span>`}renderStatus(e){let t=Ae(e);return t==="dead"?i`<span class="chip dead" data-test="battery-dead"
        >${this.t("batt.status.dead")}</span
      >`:t==="silent"?i`<span class="chip" data-test="battery-silent">${this.t("batt.status.silent")}</span>`:t==="low"?i`<span class="chip bad" data-test="battery-low">${this.t("batt.status.low")}</span>`:d}renderRow(e){let t=r=>this.t(`batt.col.${r}`),s=e.voltage===null?"—":this.t("batt.volts",{volts:e.voltage.toLocaleString(this.locale,{minimumFractionDigits:2,maximumFractionDigits:2})});return i`<tr
      data-test="battery-row"
      data-door-id=${e.door_id}
      data-critical=${e.critical?"true":"false"}
      data-dead=${e.probably_dead?"true":"false"}
    >
      <td class="door">
        <a
          href=${this.href("door",e.door_id)}
          @click=${r=>this.follow(r,"door",e.door_id)}
          >${e.name}</a
        >
      </td>
      <td data-label=${t("address")}>${e.address||"—"}</td>
      <td data-label=${t("battery")} data-test="battery-level">${this.renderLevel(e)}</td>
      <td class="num" data-label=${t("voltage")}>${s}</td>
      <td data-label=${t("changed")}>
        ${e.battery_changed?i`<span class="nowrap">${$e(this.locale,e.battery_changed,this.zone)}</span>
              ${e.change_source?i`<span class="secondary source"
                    >${this.t(`batt.source.${e.change_source}`)}</span
                  >`:d}`:"—"}
      </td>
      <td class="num" data-label=${t("days_since")}>
        ${e.days_since_change===null?"—":this.num(e.days_since_change)}
      </td>
      <td class="num" data-label=${t("days_left")} data-test="battery-days-left">
        ${e.days_left===null?this.t("batt.unknown"):this.num(e.days_left)}
      </td>
      <td class="nowrap" data-label=${t("last_contact")}>
        ${e.last_contact?b(this.locale,e.last_contact,this.zone):"—"}
      </td>
      <td
        class=${Ae(e)==="ok"?"blank":""}
        data-label=${t("status")}
      >
        ${this.renderStatus(e)}
      </td>
      <td class="actions-cell">
        <button
          class="secondary-action small"
          data-test="battery-record"
          @click=${()=>{this.error="",this.changing=e}}
        >
          ${this.t("batt.record")}
        </button>
      </td>
    </tr>`}renderTable(e){let t=this.rows();if(!e.doors.length)return i`<p class="empty">${this.t("batt.no_doors")}</p>`;if(!t.length)return i`<p class="empty" data-test="battery-none">
        ${this.t("batt.none",{threshold:this.num(e.threshold)})}
      </p>`;let s=r=>i`<th>${this.t(`batt.col.${r}`)}</th>`;return i`<table class="stack" data-test="battery-table">
      <thead>
        <tr>
          ${s("door")} ${s("address")} ${s("battery")} ${s("voltage")}
          ${s("changed")} ${s("days_since")} ${s("days_left")} ${s("last_contact")}
          ${s("status")}
          <th><span class="visually-hidden">${this.t("batt.col.actions")}</span></th>
        </tr>
      </thead>
      <tbody>
        ${t.map(r=>this.renderRow(r))}
      </tbody>
    </table>`}renderDialog(){let e=this.changing;return e?i`<dk-battery-change-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.language}
      .door=${e}
      @dk-close=${()=>this.changing=null}
      @dk-saved=${()=>{this.changing=null,this.toast(this.t("batt.change.done",{door:e.name})),this.load(!0)}}
    ></dk-battery-change-dialog>`:d}render(){let e=this.report,t=this.rows(),s=e?.doors.filter(xt).length??0;return i`<section class="card" data-test="battery-page" aria-labelledby="battery-title">
        <div class="head">
          <h2 id="battery-title">${this.t("batt.title")}</h2>
          <div class="row">
            <button
              class="secondary-action"
              data-test="battery-copy"
              ?disabled=${!e}
              @click=${()=>{this.copyText()}}
            >
              ${this.t("batt.copy")}
            </button>
            <button
              class="secondary-action"
              data-test="battery-csv"
              ?disabled=${!t.length}
              @click=${()=>this.downloadCsv()}
            >
              ${this.t("batt.csv")}
            </button>
          </div>
        </div>
        <div class="filters">
          <div>
            <label for="battery-threshold">${this.t("batt.threshold")}</label>
            <input
              id="battery-threshold"
              class="threshold"
              type="number"
              inputmode="numeric"
              min="0"
              max="100"
              step="1"
              data-test="battery-threshold"
              .value=${this.threshold}
              @input=${r=>this.setThreshold(r.target.value)}
            />
          </div>
          <label class="check">
            <input
              type="checkbox"
              data-test="battery-only-low"
              .checked=${this.onlyLow}
              @change=${r=>this.onlyLow=r.target.checked}
            />
            ${this.t("batt.only_low")}
          </label>
        </div>
        ${e?i`<p class="secondary count" role="status" data-test="battery-count">
              ${this.t("batt.count",{low:this.num(s),count:this.num(e.doors.length),threshold:this.num(e.threshold)})}
            </p>`:d}
        ${this.error&&!this.changing?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d}
        ${e?this.renderTable(e):this.error?d:i`<p class="empty">${this.t("cc.loading")}</p>`}
      </section>
      ${this.renderDialog()}`}};async function vr(o){if(window.isSecureContext&&navigator.clipboard){await navigator.clipboard.writeText(o);return}let n=document.createElement("textarea");n.value=o,n.setAttribute("readonly",""),n.style.position="fixed",n.style.opacity="0",document.body.append(n),n.select();let e=document.execCommand("copy");if(n.remove(),!e)throw new Error("copy refused")}y("dk-batteries-page",St);function Ie(o){return o.source==="ble"&&o.share_id&&!o.user_id?"guest_link":o.source}function R(o,n,e){let t=`${n}.${e??"unknown"}`,s=m(o,t);return s===t?m(o,`${n}.unknown`):s}function Tt(o,n,e,t){let s=m(o,n);return s===n?R(o,e,t):s}function yr(o){return o==="locked"?"ok":o==="jammed"?"bad":o==="unlocked"||o==="open"||o==="opening"||o==="unlocking"?"warn":""}function Ce(o,n){return i`<span class="chip ${yr(n)}" data-test="door-lock-state"
    >${R(o,"cc.lock",n)}</span
  >`}function Me(o,n,e,t=!1){if(e.battery===null||e.battery===void 0)return d;let s=(e.battery/100).toLocaleString(n,{style:"percent"}),r=e.battery_critical===!0;return i`<span
    class="chip ${r?"bad":""}"
    data-test="door-battery"
    data-critical=${r?"true":"false"}
    title=${o(r?"cc.battery.critical_hint":"cc.battery.label")}
    >${r?o("cc.battery.critical",{level:s}):t?s:o("cc.battery.level",{level:s})}</span
  >`}function Oe(o,n,e,t,s){let r=s.sync;return!r||r.state===null?i`<span class="chip" data-test="door-sync" data-state="unknown"
      >${o("cc.sync.unknown")}</span
    >`:r.state==="in_sync"?i`<span class="chip ok" data-test="door-sync" data-state="in_sync"
      >${o("cc.sync.in_sync")}</span
    >`:r.state==="pending"?i`<span class="chip warn" data-test="door-sync" data-state="pending"
      >${o("cc.sync.pending",{count:r.pending??0})}</span
    >`:i`<span
    class="chip bad"
    data-test="door-sync"
    data-state="failed"
    title=${r.reason?R(n,"cc.sync_reason",r.reason):""}
    >${r.since?o("cc.sync.failed_since",{time:b(e,r.since,t)}):o("cc.sync.failed")}</span
  >`}var fr={active:"ok",not_yet_valid:"",used_up:"warn",expired:"",revoked:"bad"};function qn(o,n){return i`<span class="chip ${fr[n]??""}" data-test="share-status"
    >${R(o,"cc.share_status",n)}</span
  >`}function Re(o,n,e){return Un(n,e)?$e(o,n,e):b(o,n,e)}function me(o,n,e,t,s){return t&&s?o("cc.window.between",{from:Re(n,t,e),until:Re(n,s,e)}):t?o("cc.window.from",{from:Re(n,t,e)}):s?o("cc.window.until",{until:Re(n,s,e)}):o("cc.window.always")}function Be(o,n,e,t,s,r){return e.length?i`<div class="table-scroll">
    <table data-test="recent-events">
      <thead>
        <tr>
          <th>${o("cc.events.time")}</th>
          <th>${o("cc.events.what")}</th>
          <th>${o(s==="door"?"cc.events.door":"cc.events.person")}</th>
        </tr>
      </thead>
      <tbody>
        ${e.map(a=>{let l=s==="door"?t.doors.get(a.door_id??"")??"":_r(o,a,t),c=Ie(a),h=c?Tt(n,`tools.events.source.${c}`,"cc.source",c):"",u=a.kind==="denied"&&a.reason?Tt(n,`tools.events.reason.${a.reason}`,"cc.deny",a.reason):"";return i`<tr data-test="event-row" data-id=${String(a.id??"")}>
            <td class="nowrap">${b(n,a.time,r)}</td>
            <td>
              ${Tt(n,`tools.kind.${a.kind}`,"cc.event",a.kind)}
              ${h||u?i`<div class="secondary">${[h,u].filter(Boolean).join(" · ")}</div>`:d}
            </td>
            <td>${l}</td>
          </tr>`})}
      </tbody>
    </table>
  </div>`:i`<p class="empty">${o("cc.events.none")}</p>`}function _r(o,n,e){return n.person_id?e.people.get(n.person_id)??o("cc.events.someone"):n.share_id?o("tools.events.guest"):n.user_id?n.user_id===e.self?.id?e.self.name:o("tools.events.ha_user"):""}function ke(o,n,e){return{doors:new Map(o.map(t=>[t.id,t.name])),people:new Map(n.map(t=>[t.id,t.name])),self:e}}var He={query:"",role:"",entrance:"",noConsent:!1,noUser:!1,atLimit:!1},br=3;function wr(o){let n=o.replace(/\D/g,"");return n.startsWith("00")?n.slice(2):n.startsWith("0")?n.slice(1):n}function se(o){return o.normalize("NFD").replace(/[\u0300-\u0309\u030b-\u036f]/g,"").normalize("NFC").toLocaleLowerCase()}function $r(o){return/^[\d\s+\-().]+$/.test(o)&&o.replace(/\D/g,"").length>=br}function ze(o){let n=se([o.name,o.dwelling??"",o.email??""].join(`
`));return{row:o,text:n,digits:(o.phone??"").replace(/\D/g,"")}}function xr(o,n){let e=n.trim();if(!e)return!0;if($r(e)){let t=wr(e);return t&&o.digits.includes(t)?!0:o.text.includes(se(e))}return se(e).split(/\s+/).every(t=>o.text.includes(t))}function Ue(o,n){let e=[];for(let t of o){let s=t.row;n.role&&s.role!==n.role||n.entrance&&s.entrance!==n.entrance||n.noConsent&&s.consent||n.noUser&&s.linked||n.atLimit&&!s.shares_at_limit||xr(t,n.query)&&e.push(s)}return e}var Et=class extends v{static{this.properties={...v.properties,heading:{attribute:!1},lines:{attribute:!1},yesLabel:{attribute:!1},danger:{type:Boolean},action:{attribute:!1}}}constructor(){super(),this.lines=[],this.danger=!0}async yes(){let n;await this.attempt(async()=>{n=await this.action()})&&this.saved(n)}render(){return this.frame(this.heading,this.lines.map(n=>i`<p>${n}</p>`),i`${this.cancelButton()}
        <button
          class=${this.danger?"danger":""}
          data-test="confirm-yes"
          ?disabled=${this.busy}
          @click=${()=>this.yes()}
        >
          ${this.yesLabel}
        </button>`,"confirm-dialog")}};y("dk-confirm-dialog",Et);function C(o){return i`<div class="checks" role="group" aria-label=${o.label}>
    ${o.items.map(n=>i`<label class="inline">
          <input
            type="checkbox"
            data-test=${o.test}
            data-id=${n.id}
            .checked=${o.checked(n.id)}
            @change=${e=>o.toggle(n.id,e.target.checked)}
          />
          <span
            >${n.name}${n.detail===void 0?d:i`<div class="secondary">${n.detail}</div>`}</span
          >
        </label>`)}
  </div>`}var Dt=["mon","tue","wed","thu","fri","sat","sun"];function Sr(o){let n=new Intl.DateTimeFormat(o,{weekday:"short",timeZone:"UTC"});return Dt.map((e,t)=>n.format(new Date(Date.UTC(2024,0,1+t))))}function Yn(){return{weekdays:["mon","tue","wed","thu","fri"],start:"07:00",end:"17:00"}}function Ve(o,n,e,t){let s=Sr(n),r=e??[],a=(l,c)=>t(r.map((h,u)=>u===l?c:h));return i`<label class="check">
      <input
        type="checkbox"
        data-test="grant-schedule"
        .checked=${e!==null}
        @change=${l=>t(l.target.checked?[Yn()]:null)}
      />
      ${o("cc.schedule.limited")}
    </label>
    ${e===null?i`<p class="hint">${o("cc.schedule.any_time")}</p>`:i`${r.map((l,c)=>i`<div class="schedule-window" data-test="schedule-window">
                <div class="weekdays" role="group" aria-label=${o("cc.schedule.weekdays")}>
                  ${Dt.map((h,u)=>i`<label>
                        <input
                          type="checkbox"
                          data-test="schedule-day"
                          data-day=${h}
                          .checked=${l.weekdays.includes(h)}
                          @change=${p=>{let k=p.target.checked,T=Dt.filter(V=>V===h?k:l.weekdays.includes(V));a(c,{...l,weekdays:T})}}
                        />${s[u]}
                      </label>`)}
                </div>
                <div class="field-row">
                  <div>
                    <label>${o("cc.schedule.start")}</label>
                    <input
                      type="time"
                      data-test="schedule-start"
                      .value=${l.start}
                      @change=${h=>a(c,{...l,start:h.target.value})}
                    />
                  </div>
                  <div>
                    <label>${o("cc.schedule.end")}</label>
                    <input
                      type="time"
                      data-test="schedule-end"
                      .value=${l.end}
                      @change=${h=>a(c,{...l,end:h.target.value})}
                    />
                  </div>
                </div>
                ${r.length>1?i`<div class="actions">
                      <button
                        type="button"
                        class="secondary-action small"
                        @click=${()=>t(r.filter((h,u)=>u!==c))}
                      >
                        ${o("cc.schedule.remove_window")}
                      </button>
                    </div>`:d}
              </div>`)}
          <button
            type="button"
            class="secondary-action small"
            data-test="schedule-add"
            @click=${()=>t([...r,Yn()])}
          >
            ${o("cc.schedule.add_window")}
          </button>
          <p class="hint">${o("cc.schedule.overnight_hint")}</p>`}`}function Zn(o){return i`<div>
    <label for=${o.id}>${o.label}</label>
    <input
      id=${o.id}
      type="datetime-local"
      data-test=${o.test}
      .value=${o.value}
      @input=${n=>o.set(n.target.value)}
    />
  </div>`}function Ke(o,n){return i`<div class="field-row">${Zn(o)} ${Zn(n)}</div>`}var Tr=100,jt=class extends v{constructor(){super();this.searchables=[];this.mode="targets",this.doors=[],this.bundles=[],this.people=[],this.personId="",this.doorId="",this.grant=null,this.chosen=new Set,this.from="",this.until="",this.schedule=null,this.mayShare=!1,this.shareLimit="",this.query=""}static{this.properties={...v.properties,mode:{attribute:!1},doors:{attribute:!1},bundles:{attribute:!1},people:{attribute:!1},personId:{attribute:!1},doorId:{attribute:!1},grant:{attribute:!1},chosen:{state:!0},from:{state:!0},until:{state:!0},schedule:{state:!0},mayShare:{state:!0},shareLimit:{state:!0},query:{state:!0}}}willUpdate(e){if(super.willUpdate(e),e.has("people")){let t=[...this.people].sort((s,r)=>s.name.localeCompare(r.name,this.locale,{sensitivity:"base"}));this.searchables=t.map(ze)}if(e.has("grant")&&this.grant){let t=this.grant;this.from=I(t.valid_from,this.zone),this.until=I(t.valid_until,this.zone),this.schedule=t.schedule?t.schedule.map(s=>({...s})):null,this.mayShare=t.may_share,this.shareLimit=String(t.share_limit)}}toggle(e,t){let s=new Set(this.chosen);t?s.add(e):s.delete(e),this.chosen=s}message(){let e={};if(this.mode==="edit"&&this.grant)e.person_ids=[this.personId],this.grant.bundle_id?e.bundle_ids=[this.grant.bundle_id]:this.grant.door_id&&(e.doors=[this.grant.door_id]);else if(this.mode==="people"){if(!this.chosen.size)return this.t("cc.grant.choose_people");e.person_ids=[...this.chosen],e.doors=[this.doorId]}else{let a=[...this.chosen].filter(c=>c.startsWith("door:")).map(c=>c.slice(5)),l=[...this.chosen].filter(c=>c.startsWith("bundle:")).map(c=>c.slice(7));if(!a.length&&!l.length)return this.t("cc.grant.choose_doors");e.person_ids=[this.personId],a.length&&(e.doors=a),l.length&&(e.bundle_ids=l)}let t=N(this.from,this.zone),s=N(this.until,this.zone);t&&(e.valid_from=t),s&&(e.valid_until=s),this.schedule!==null&&(e.schedule=this.schedule),(this.mode==="edit"||this.mayShare)&&(e.may_share=this.mayShare);let r=this.shareLimit.trim();return r!==""&&(e.share_limit=Number(r)),e}async save(){let e=this.message();if(typeof e=="string"){this.error=e;return}let t;await this.attempt(async()=>{t=await this.api.call("grants/add",e)})&&this.saved(t)}renderTargets(){let e=t=>t.door_ids.map(s=>this.doors.find(r=>r.id===s)?.name).filter(Boolean).join(", ");return i`<h3>${this.t("cc.grant.doors")}</h3>
      ${C({label:this.t("cc.grant.doors"),test:"grant-doors",items:this.doors,checked:t=>this.chosen.has(`door:${t}`),toggle:(t,s)=>this.toggle(`door:${t}`,s)})}
      ${this.bundles.length?i`<h3>${this.t("cc.grant.bundles")}</h3>
            ${C({label:this.t("cc.grant.bundles"),test:"grant-bundles",items:this.bundles.map(t=>({...t,detail:e(t)})),checked:t=>this.chosen.has(`bundle:${t}`),toggle:(t,s)=>this.toggle(`bundle:${t}`,s)})}`:d}`}renderPeople(){let e=Ue(this.searchables,{...He,query:this.query}),t=e.slice(0,Tr),s=e.length>0&&e.every(r=>this.chosen.has(r.id));return i`<label for="people-search">${this.t("cc.grant.people")}</label>
      <input
        id="people-search"
        type="search"
        data-test="grant-people-search"
        placeholder=${this.t("cc.overview.search_placeholder")}
        .value=${this.query}
        @input=${r=>this.query=r.target.value}
      />
      <div class="pager">
        <span class="secondary count">
          ${this.t("cc.grant.chosen",{count:this.num(this.chosen.size)})}
        </span>
        <button
          type="button"
          class="secondary-action small"
          data-test="grant-people-all"
          ?disabled=${!e.length}
          @click=${()=>{let r=new Set(this.chosen);for(let a of e)s?r.delete(a.id):r.add(a.id);this.chosen=r}}
        >
          ${s?this.t("cc.grant.none_of",{count:this.num(e.length)}):this.t("cc.grant.all_of",{count:this.num(e.length)})}
        </button>
      </div>
      <div class="checks pick-list" role="group" aria-label=${this.t("cc.grant.people")}>
        ${t.map(r=>i`<label class="inline">
              <input
                type="checkbox"
                data-test="grant-people"
                data-id=${r.id}
                .checked=${this.chosen.has(r.id)}
                @change=${a=>this.toggle(r.id,a.target.checked)}
              />
              <span
                >${r.name}
                <div class="secondary">
                  ${[r.dwelling,this.t(`cc.role.${r.role}`)].filter(Boolean).join(" · ")}
                </div></span
              >
            </label>`)}
      </div>
      ${e.length>t.length?i`<p class="hint">
            ${this.t("cc.grant.more_people",{shown:this.num(t.length),count:this.num(e.length)})}
          </p>`:d}`}render(){let e=this.mode==="edit"?this.t("cc.grant.edit_title",{name:this.grant?.name??""}):this.mode==="people"?this.t("cc.grant.people_title",{door:this.doors.find(t=>t.id===this.doorId)?.name??""}):this.t("cc.grant.add_title");return this.frame(e,i`${this.mode==="targets"?this.renderTargets():d}
        ${this.mode==="people"?this.renderPeople():d}
        <h3>${this.t("cc.grant.window")}</h3>
        ${Ke({id:"from",test:"grant-from",label:this.t("cc.grant.from"),value:this.from,set:t=>this.from=t},{id:"until",test:"grant-until",label:this.t("cc.grant.until"),value:this.until,set:t=>this.until=t})}
        <p class="hint">${this.t("cc.grant.window_hint")}</p>
        ${Ve((t,s)=>this.t(t,s),this.locale,this.schedule,t=>this.schedule=t)}
        <h3>${this.t("cc.grant.sharing")}</h3>
        <label class="check">
          <input
            type="checkbox"
            data-test="grant-may-share"
            .checked=${this.mayShare}
            @change=${t=>this.mayShare=t.target.checked}
          />
          ${this.t("cc.grant.may_share")}
        </label>
        <label for="share-limit">${this.t("cc.grant.share_limit")}</label>
        <input
          id="share-limit"
          type="number"
          min="0"
          max="100"
          inputmode="numeric"
          data-test="grant-share-limit"
          placeholder=${this.t("cc.grant.share_limit_placeholder")}
          .value=${this.shareLimit}
          @input=${t=>this.shareLimit=t.target.value}
        />
        <p class="hint">
          ${this.mode==="edit"?this.t("cc.grant.share_hint_edit"):this.t("cc.grant.share_hint")}
        </p>`,i`${this.cancelButton()}
        <button data-test="grant-save" ?disabled=${this.busy} @click=${()=>this.save()}>
          ${this.mode==="edit"?this.t("cc.save"):this.t("cc.grant.save")}
        </button>`,"grant-dialog")}};y("dk-grant-dialog",jt);var Fe=100;function re(o){return`${o.via}:${o.key_id}`}var Nt=class extends S{constructor(){super();this.loading=0;this.data=null,this.overview=null,this.battery=null,this.error="",this.dialog=null,this.ticked=new Set,this.query="",this.shown=Fe}static{this.properties={...S.properties,doorId:{attribute:!1},data:{state:!0},overview:{state:!0},battery:{state:!0},error:{state:!0},dialog:{state:!0},ticked:{state:!0},query:{state:!0},shown:{state:!0}}}static{this.styles=[f,L]}willUpdate(e){super.willUpdate(e),(e.has("doorId")||e.has("api")&&!this.data)&&(this.data=null,this.ticked=new Set,this.load(!1)),e.has("query")&&(this.shown=Fe)}async load(e){if(!this.api||!this.doorId)return;let t=++this.loading;try{let[s,r,a]=await Promise.all([this.api.call("door/get",{door:this.doorId,language:this.language}),this.api.call("overview/get"),this.batteryRow()]);if(t!==this.loading)return;this.data=s,this.overview=r,this.battery=a,this.error="";let l=new Set(s.access.map(re));this.ticked=new Set([...this.ticked].filter(c=>l.has(c)))}catch(s){t===this.loading&&(this.error=this.refusal(s))}}async batteryRow(){try{return(await this.api.call("battery/report",{door:this.doorId,all_doors:!0,language:this.language})).doors.find(t=>t.door_id===this.doorId)??null}catch{return null}}renderBatteryOutlook(){let e=this.battery;return e?e.probably_dead?i`<div class="error" data-test="door-battery-dead">${this.t("batt.door.dead")}</div>`:e.days_left===null?d:i`<div class="secondary" data-test="door-battery-days-left">
      ${this.tp("batt.door.days_left",e.days_left)}
    </div>`:d}rows(){let e=this.data?.access??[],t=se(this.query.trim());return t?e.filter(s=>se([s.name??"",s.bundle_name??""].join(" ")).includes(t)):e}tick(e,t){let s=new Set(this.ticked);t?s.add(e):s.delete(e),this.ticked=s}holderName(e){return e.name??(e.person_id?this.t("cc.events.someone"):this.t("cc.door.guest"))}removeTicked(){let e=this.data;if(!e)return;let t=e.access.filter(c=>this.ticked.has(re(c)));if(!t.length)return;let s=t.filter(c=>c.via!=="share").map(c=>c.key_id),r=t.filter(c=>c.via==="share").map(c=>c.key_id),a=[...new Set(t.filter(c=>c.via==="bundle").map(c=>c.bundle_name??""))].filter(Boolean),l=[this.tp("cc.door.remove_text",t.length,{door:e.door.name})];a.length&&l.push(this.t("cc.door.remove_bundles",{bundles:a.join(", ")})),s.length&&l.push(this.t("cc.door.remove_shares_go")),this.dialog={kind:"confirm",heading:this.tp("cc.door.remove_title",t.length),lines:l,yes:this.t("cc.door.remove"),action:async()=>{s.length&&await this.api.call("grants/remove",{grant_ids:[...new Set(s)]});for(let c of r)await this.api.call("shares/revoke",{share_id:c})}}}renderFacts(e){let t=Pe(e.door,this.battery),s=t.sync,r=(l,c)=>i`<dt>${l}</dt>
        <dd>${c}</dd>`,a=(l,c)=>this.t(l,c);return i`<section class="card" aria-labelledby="door-facts">
      <h2 id="door-facts">${this.t("cc.door.details")}</h2>
      <dl class="facts">
        ${r(this.t("cc.door.address"),t.address||"—")}
        ${r(this.t("cc.person.entrance"),t.entrance||"—")}
        ${r(this.t("cc.door.lock"),Ce(this.language,this.lockState(t)))}
        ${r(this.t("cc.battery.label"),t.battery===null||t.battery===void 0?this.t("cc.battery.none"):i`${Me(a,this.locale,t,!0)}
              ${this.renderBatteryOutlook()}
              ${t.battery_critical&&!this.battery?.probably_dead?i`<div class="secondary">${this.t("cc.battery.critical_hint")}</div>`:d}`)}
        ${r(this.t("cc.door.sync"),i`${Oe(a,this.language,this.locale,this.zone,t)}
          ${s?.state==="pending"?i`<div class="secondary">
                ${this.tp("cc.sync.pending_hint",s.pending??0)}
              </div>`:d}
          ${s?.state==="failed"&&s.reason?i`<div class="secondary" data-test="door-sync-reason">
                ${R(this.language,"cc.sync_reason",s.reason)}
              </div>`:d}
          ${s?.state!=="failed"&&s?.since?i`<div class="secondary">
                ${this.t(s.state==="pending"?"cc.sync.pending_since":"cc.sync.last_synced",{time:b(this.locale,s.since,this.zone)})}
              </div>`:d}`)}
        ${r(this.t("cc.door.keypad"),t.has_keypad?this.t("cc.yes"):this.t("cc.no"))}
        ${r(this.t("cc.door.reader"),t.has_reader?this.t("cc.yes"):this.t("cc.no"))}
      </dl>
    </section>`}renderVia(e){if(e.organisation_name)return i`<span class="chip"
        >${this.t("cc.via.organisation_named",{organisation:e.organisation_name})}</span
      >`;if(e.via==="bundle")return i`<span class="chip"
        >${this.t("cc.via.bundle_named",{bundle:e.bundle_name??""})}</span
      >`;let t=e.via==="emergency"?"bad":"";return i`<span class="chip ${t}">${R(this.language,"cc.via",e.via)}</span>`}renderRow(e){let t=re(e),s=this.holderName(e);return i`<div
      class="entry"
      data-test="access-row"
      data-id=${e.key_id}
      data-via=${e.via}
      data-person=${e.person_id??""}
    >
      <label class="entry-check">
        <input
          type="checkbox"
          data-test="access-check"
          data-id=${e.key_id}
          aria-label=${this.t("cc.door.tick",{name:s})}
          .checked=${this.ticked.has(t)}
          @change=${r=>this.tick(t,r.target.checked)}
        />
      </label>
      <div class="entry-main">
        <div class="item-title">
          ${e.person_id?i`<a
                href=${this.href("person",e.person_id)}
                @click=${r=>this.follow(r,"person",e.person_id??void 0)}
                >${s}</a
              >`:s}
          <span class="title-chips">
            ${this.renderVia(e)}
            ${e.opens_now?i`<span class="chip ok" data-test="access-opens" data-opens="true"
                  >${this.t("cc.door.opens_now")}</span
                >`:i`<span class="chip" data-test="access-opens" data-opens="false"
                  >${this.t("cc.door.not_now")}</span
                >`}
          </span>
        </div>
        <div class="secondary">
          ${me((r,a)=>this.t(r,a),this.locale,this.zone,e.valid_from,e.valid_until)}
        </div>
        ${e.reason_text?i`<div class="secondary" data-test="access-reason">${e.reason_text}</div>`:d}
      </div>
    </div>`}renderAccess(e){let t=this.rows(),s=t.slice(0,this.shown),r=t.length>0&&t.every(a=>this.ticked.has(re(a)));return i`<section class="card" aria-labelledby="door-access">
      <div class="head">
        <h2 id="door-access">${this.t("cc.door.access")}</h2>
        <div class="row">
          <button
            class="secondary-action"
            data-test="access-remove"
            ?disabled=${!this.ticked.size}
            @click=${()=>this.removeTicked()}
          >
            ${this.ticked.size?this.t("cc.door.remove_n",{count:this.num(this.ticked.size)}):this.t("cc.door.remove")}
          </button>
          <button
            data-test="door-grant"
            @click=${()=>{this.error="",this.dialog={kind:"grant"}}}
          >
            ${this.t("cc.door.give")}
          </button>
        </div>
      </div>
      ${e.access.length?i`<input
              type="search"
              data-test="access-search"
              aria-label=${this.t("cc.door.search")}
              placeholder=${this.t("cc.door.search")}
              .value=${this.query}
              @input=${a=>this.query=a.target.value}
            />
            <div class="pager">
              <label class="check">
                <input
                  type="checkbox"
                  data-test="access-all"
                  .checked=${r}
                  @change=${a=>{let l=a.target.checked,c=new Set(this.ticked);for(let h of t)l?c.add(re(h)):c.delete(re(h));this.ticked=c}}
                />
                ${this.t("cc.door.tick_all")}
              </label>
              <span class="secondary count" role="status"
                >${this.tp("cc.door.holders",t.length)}</span
              >
            </div>
            <div class="entries">${s.map(a=>this.renderRow(a))}</div>
            ${t.length>s.length?i`<div class="pager">
                  <span class="secondary count"
                    >${this.t("cc.overview.showing",{shown:this.num(s.length),count:this.num(t.length)})}</span
                  >
                  <button class="secondary-action" @click=${()=>this.shown+=Fe}>
                    ${this.t("cc.overview.show_more",{count:this.num(Math.min(Fe,t.length-s.length))})}
                  </button>
                </div>`:d}`:i`<p class="empty">${this.t("cc.door.no_access")}</p>`}
    </section>`}renderDialog(){let e=this.dialog;if(!e)return d;let t=()=>this.dialog=null;return e.kind==="grant"?i`<dk-grant-dialog
        .hass=${this.hass}
        .api=${this.api}
        .language=${this.language}
        .mode=${"people"}
        .doorId=${this.data?.door.id??this.doorId}
        .doors=${this.overview?.doors??(this.data?[this.data.door]:[])}
        .people=${this.overview?.people??[]}
        @dk-close=${t}
        @dk-saved=${()=>{this.dialog=null,this.toast(this.t("cc.door.given")),this.load(!0)}}
      ></dk-grant-dialog>`:i`<dk-confirm-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.language}
      .heading=${e.heading}
      .lines=${e.lines}
      .yesLabel=${e.yes}
      .action=${e.action}
      @dk-close=${()=>{this.dialog=null,this.load(!0)}}
      @dk-saved=${()=>{this.dialog=null,this.ticked=new Set,this.toast(this.t("cc.door.removed")),this.load(!0)}}
    ></dk-confirm-dialog>`}render(){let e=this.data,t=this.error&&!this.dialog?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d,s=this.backToOverview();if(!e)return i`${s}${t}${this.error?d:i`<p class="empty">${this.t("cc.loading")}</p>`}`;let r=e.door,a=ke(this.overview?.doors??[r],this.overview?.people??[],this.hass?.user);return i`${s}
      <div class="head page-head">
        <div>
          <h1 class="page-title" data-test="door-title">${r.name}</h1>
          ${r.address?i`<div class="secondary">${r.address}</div>`:d}
        </div>
      </div>
      ${t}
      <div class="grid door-grid">
        <div>${this.renderFacts(e)}</div>
        <div>${this.renderAccess(e)}</div>
      </div>
      <section class="card" aria-labelledby="door-events">
        <h2 id="door-events">${this.t("cc.door.events")}</h2>
        ${Be((l,c)=>this.t(l,c),this.language,e.events,a,"person",this.zone)}
      </section>
      ${this.renderDialog()}`}};y("dk-door-page",Nt);function E(o,n,e,t,s={}){let r=new Intl.PluralRules(o).select(t)==="one"?"one":"other";return m(o,`${e}_${r}`,{...s,count:t.toLocaleString(n)})}var Jn=["mon","tue","wed","thu","fri","sat","sun"];function Xn(o){if(!o)return null;let n=new Map;for(let t of o){let s=t.weekdays??(t.weekday?[t.weekday]:[]),r=`${t.start}-${t.end}`,a=n.get(r)??{weekdays:[],start:t.start,end:t.end};for(let l of s)a.weekdays.includes(l)||a.weekdays.push(l);n.set(r,a)}let e=[...n.values()];for(let t of e)t.weekdays.sort((s,r)=>Jn.indexOf(s)-Jn.indexOf(r));return e}var Lt=class extends v{static{this.properties={...v.properties,organisation:{attribute:!1},doors:{attribute:!1},bundles:{attribute:!1},people:{attribute:!1},organisationId:{state:!0},name:{state:!0},chosenDoors:{state:!0},chosenBundles:{state:!0},from:{state:!0},until:{state:!0},schedule:{state:!0},mayShare:{state:!0},shareLimit:{state:!0},staffBefore:{state:!0},managersBefore:{state:!0},staff:{state:!0},managers:{state:!0}}}static{this.styles=[...v.styles,g`
      .staff-list {
        display: flex;
        flex-direction: column;
        margin: 4px 0 8px;
      }
      .staff-row {
        display: flex;
        align-items: center;
        gap: 8px 12px;
        flex-wrap: wrap;
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .staff-row:last-child {
        border-bottom: none;
      }
      .staff-name {
        flex: 1 1 96px;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .staff-row label.check {
        min-height: 40px;
        font-size: 14px;
      }
      .warning {
        color: var(--warning-color, #ffa600);
        font-size: 14px;
        margin: 8px 0 0;
      }
      dk-person-picker {
        margin-bottom: 8px;
      }
    `]}constructor(){super(),this.organisation=null,this.doors=[],this.bundles=[],this.people=[],this.organisationId=void 0,this.name="",this.chosenDoors=new Set,this.chosenBundles=new Set,this.from="",this.until="",this.schedule=null,this.mayShare=!1,this.shareLimit="",this.staffBefore=[],this.managersBefore=new Set,this.staff=[],this.managers=new Set}willUpdate(n){if(super.willUpdate(n),n.has("organisation")&&this.organisation){let e=this.organisation;this.organisationId=e.organisation_id,this.name=e.name,this.chosenDoors=new Set(e.door_ids),this.chosenBundles=new Set(e.bundles.map(t=>t.bundle_id)),this.from=I(e.valid_from,this.zone),this.until=I(e.valid_until,this.zone),this.schedule=Xn(e.schedule),this.mayShare=e.may_share,this.shareLimit=e.may_share?String(e.share_limit):"",this.staffBefore=void 0,this.readStaff(e.organisation_id)}}async readStaff(n){try{let e=await this.api.call("organisations/staff",{organisation_id:n}),t=s=>[...s].sort((r,a)=>this.personName(r).localeCompare(this.personName(a),this.locale,{sensitivity:"base"}));this.staffBefore=t(e.staff),this.staff=[...this.staffBefore],this.managersBefore=new Set(e.managers),this.managers=new Set(e.managers)}catch(e){this.error=this.refusal(e)}}refusal(n){let t=n?.translation_placeholders,s=t?.person_id;if(!t||s===void 0)return super.refusal(n);let r={...t,person_id:this.personName(s)};return super.refusal({...n,translation_placeholders:r})}personName(n){return this.people.find(e=>e.id===n)?.name??n}doorName(n){return this.doors.find(e=>e.id===n)?.name??n}toggle(n,e,t){let s=new Set(n);return t?s.add(e):s.delete(e),s}addStaff(n,e){e.value="",!(!n||this.staff.includes(n))&&(this.staff=[...this.staff,n])}removeStaff(n){this.staff=this.staff.filter(e=>e!==n),this.managers=this.toggle(this.managers,n,!1)}terms(){let n=this.name.trim();if(!n)return this.t("org.name_needed");let e=this.organisationId===void 0,t={name:n,doors:[...this.chosenDoors],bundle_ids:[...this.chosenBundles],may_share:this.mayShare},s=N(this.from,this.zone),r=N(this.until,this.zone);if(s&&r&&Date.parse(r)<=Date.parse(s))return this.t("org.until_before_from");(s||!e)&&(t.valid_from=s??null),(r||!e)&&(t.valid_until=r??null),(this.schedule!==null||!e)&&(t.schedule=this.schedule);let a=this.shareLimit.trim();if(this.mayShare){let l=a===""?1:Number(a);if(!Number.isInteger(l)||l<1||l>100)return this.t("org.share_limit_invalid");t.share_limit=l}return t}staffChange(n){let e=this.staffBefore??[],t=this.staff.filter(c=>!e.includes(c)),s=e.filter(c=>!this.staff.includes(c)),r=[...this.managers].filter(c=>this.staff.includes(c)),a=r.length!==this.managersBefore.size||r.some(c=>!this.managersBefore.has(c));if(!t.length&&!s.length&&!a)return;let l={organisation_id:n,add:t,remove:s};return a&&(l.managers=r),l}async save(){let n=this.terms();if(typeof n=="string"){this.error=n;return}let e=!1,t=await this.attempt(async()=>{let s=this.organisationId;s===void 0?(s=(await this.api.call("organisations/create",n)).organisation_id,this.organisationId=s,e=!0):await this.api.call("organisations/update",{organisation_id:s,...n});let r=this.staffChange(s);if(r){let a=await this.api.call("organisations/staff",r);this.staffBefore=a.staff,this.managersBefore=new Set(a.managers)}});if(!t&&e&&(this.error=`${this.t("org.created_staff_refused",{name:this.name.trim()})} ${this.error}`),t&&this.organisationId!==void 0){let s={organisation_id:this.organisationId,name:this.name.trim(),created:e||this.organisation===null};this.saved(s)}}renderTargets(){let n=e=>e.door_ids.map(t=>this.doorName(t)).join(", ");return i`<h3>${this.t("org.doors")}</h3>
      ${this.doors.length===0?i`<p class="hint">${this.t("org.no_doors_yet")}</p>`:C({label:this.t("org.doors"),test:"org-doors",items:this.doors,checked:e=>this.chosenDoors.has(e),toggle:(e,t)=>this.chosenDoors=this.toggle(this.chosenDoors,e,t)})}
      ${this.bundles.length?i`<h3>${this.t("org.bundles")}</h3>
            ${C({label:this.t("org.bundles"),test:"org-bundles",items:this.bundles.map(e=>({...e,detail:n(e)})),checked:e=>this.chosenBundles.has(e),toggle:(e,t)=>this.chosenBundles=this.toggle(this.chosenBundles,e,t)})}`:d}
      ${this.renderDropped()}`}renderDropped(){let n=this.organisation;if(!n||n.keys===0)return d;let e=n.door_ids.filter(r=>!this.chosenDoors.has(r)).map(r=>this.doorName(r)),t=n.bundles.filter(r=>!this.chosenBundles.has(r.bundle_id)).map(r=>r.name),s=[...e,...t];return s.length?i`<p class="warning" data-test="org-dropping">
      ${this.t("org.dropping",{doors:s.join(", ")})}
    </p>`:d}renderTerms(){let n=this.organisation?.may_share===!0&&!this.mayShare;return i`<h3>${this.t("org.period")}</h3>
      ${Ke({id:"org-from",test:"org-from",label:this.t("org.from"),value:this.from,set:e=>this.from=e},{id:"org-until",test:"org-until",label:this.t("org.until"),value:this.until,set:e=>this.until=e})}
      <p class="hint">${this.t("org.period_hint")}</p>
      <h3>${this.t("org.hours")}</h3>
      ${Ve((e,t)=>this.t(e,t),this.locale,this.schedule,e=>this.schedule=e)}
      <h3>${this.t("org.sharing")}</h3>
      <label class="check">
        <input
          type="checkbox"
          data-test="org-may-share"
          .checked=${this.mayShare}
          @change=${e=>{this.mayShare=e.target.checked,this.mayShare&&!this.shareLimit.trim()&&(this.shareLimit="1")}}
        />
        ${this.t("org.may_share")}
      </label>
      ${this.mayShare?i`<label for="org-share-limit">${this.t("org.share_limit")}</label>
            <input
              id="org-share-limit"
              type="number"
              min="1"
              max="100"
              inputmode="numeric"
              data-test="org-share-limit"
              placeholder="1"
              .value=${this.shareLimit}
              @input=${e=>this.shareLimit=e.target.value}
            />
            <p class="hint">${this.t("org.share_limit_hint")}</p>`:i`<p class="hint">${this.t("org.no_sharing_hint")}</p>`}
      ${n?i`<p class="warning">${this.t("org.sharing_off")}</p>`:d}`}renderStaff(){if(this.staffBefore===void 0)return i`<h3>${this.t("org.staff")}</h3>
        <p class="secondary">${this.t("common.loading")}</p>`;let n=this.staffBefore.filter(t=>!this.staff.includes(t)),e=this.people.filter(t=>!this.staff.includes(t.id));return i`<h3>${this.t("org.staff")}</h3>
      <p class="hint">${this.t("org.staff_hint")}</p>
      ${this.staff.length?i`<div class="staff-list">
            ${this.staff.map(t=>i`<div class="staff-row" data-test="org-staff" data-id=${t}>
                  <span class="staff-name">${this.personName(t)}</span>
                  <label class="check">
                    <input
                      type="checkbox"
                      data-test="org-manager"
                      data-id=${t}
                      .checked=${this.managers.has(t)}
                      @change=${s=>this.managers=this.toggle(this.managers,t,s.target.checked)}
                    />
                    ${this.t("org.manager")}
                  </label>
                  <button
                    type="button"
                    class="secondary-action small"
                    data-test="org-staff-remove"
                    data-id=${t}
                    @click=${()=>this.removeStaff(t)}
                  >
                    ${this.t("org.staff_remove")}
                  </button>
                </div>`)}
          </div>`:i`<p class="secondary">${this.t("org.no_staff")}</p>`}
      <label>${this.t("org.staff_add")}</label>
      <dk-person-picker
        .people=${e}
        .language=${this.language}
        label=${this.t("org.staff_add")}
        test="org-staff-add"
        @person-picked=${t=>this.addStaff(t.detail.id,t.target)}
      ></dk-person-picker>
      ${n.length?i`<p class="warning" data-test="org-leaving">
            ${this.t("org.leaving",{names:n.map(t=>this.personName(t)).join(", ")})}
          </p>`:d}`}render(){let n=this.organisation===null&&this.organisationId===void 0?this.t("org.add"):this.t("org.edit_title",{name:this.organisation?.name??this.name});return this.frame(n,i`<label for="org-name">${this.t("org.name")}</label>
        <input
          id="org-name"
          data-test="org-name"
          maxlength="200"
          placeholder=${this.t("org.name_placeholder")}
          .value=${this.name}
          @input=${e=>this.name=e.target.value}
        />
        ${this.renderTargets()} ${this.renderTerms()} ${this.renderStaff()}`,i`${this.cancelButton()}
        <button
          data-test="org-save"
          ?disabled=${this.busy||!this.name.trim()||this.staffBefore===void 0}
          @click=${()=>{this.save()}}
        >
          ${this.t("org.save")}
        </button>`,"org-dialog")}};y("dk-organisation-dialog",Lt);var Er=300,w=class extends _{static{this.properties={hass:{attribute:!1},api:{attribute:!1},language:{type:String},narrow:{type:Boolean,reflect:!0},error:{state:!0}}}static{this.styles=[f,g`
      :host {
        min-height: 0;
        background: transparent;
      }
      .content {
        padding: 16px;
      }
      :host([narrow]) .content {
        padding: 12px 8px;
      }
      .card-head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        flex-wrap: wrap;
        margin-bottom: 12px;
      }
      .card-head h2 {
        margin: 0;
      }
      .link {
        background: none;
        border: none;
        padding: 0;
        min-height: 0;
        color: var(--primary-color);
        font-weight: inherit;
        text-align: start;
        cursor: pointer;
        border-radius: 0;
      }
      .link:hover {
        text-decoration: underline;
      }
      .counts {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 20px;
        margin: 4px 0 12px;
      }
      .count {
        display: flex;
        flex-direction: column;
      }
      .count strong {
        font-size: 22px;
        font-weight: 500;
      }
      .count span {
        color: var(--secondary-text-color);
        font-size: 13px;
      }
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 160px), 1fr));
        gap: 0 12px;
        align-items: end;
      }
      .hint {
        color: var(--secondary-text-color);
        font-size: 13px;
        margin: 4px 0 0;
      }
      .dialog h2 {
        font-size: 20px;
        font-weight: 500;
        line-height: 1.3;
      }
      input[type="radio"] {
        width: 20px;
        height: 20px;
        min-height: 20px;
        margin: 0;
        accent-color: var(--primary-color);
      }
      .stale {
        opacity: 0.6;
      }
      .checks {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
        gap: 4px 12px;
      }
      .checks label.inline {
        min-height: 40px;
        margin: 0;
      }
      /* Tables become stacked rows on a phone: every cell on its own line, labelled. */
      @media (max-width: 640px) {
        table.stack thead {
          display: none;
        }
        table.stack tr {
          display: block;
          border-bottom: 1px solid var(--divider-color);
          padding: 8px 0;
        }
        table.stack td {
          display: block;
          border: none;
          padding: 2px 4px;
        }
        table.stack td[data-label]::before {
          content: attr(data-label) ": ";
          color: var(--secondary-text-color);
        }
        table.stack td.inline {
          display: inline-block;
          vertical-align: middle;
          width: auto;
          margin-inline-end: 8px;
        }
        button {
          min-height: 44px;
        }
      }
    `]}constructor(){super(),this.narrow=!1,this.error=""}get uiLanguage(){return this.language??Q(this.hass?.language)}get zone(){return $(this.hass)}t(n,e={}){return m(this.uiLanguage,n,e)}num(n){return new Intl.NumberFormat(this.uiLanguage).format(n)}async load(){}connectedCallback(){super.connectedCallback(),this.api&&this.startWatching()}disconnectedCallback(){super.disconnectedCallback(),this.stopWatching()}willUpdate(n){n.has("hass")&&this.hass&&!n.get("hass")&&ne(this.hass),n.has("api")&&this.api&&this.isConnected&&this.api!==this.watched&&(this.stopWatching(),this.startWatching())}startWatching(){this.watched=this.api,this.refresh(),this.unsubscribe=this.api.subscribe(()=>{window.clearTimeout(this.refreshTimer),this.refreshTimer=window.setTimeout(()=>{this.refresh()},Er)}),this.unsubscribe.catch(()=>{})}stopWatching(){window.clearTimeout(this.refreshTimer);let n=this.unsubscribe;this.unsubscribe=void 0,this.watched=void 0,n?.then(e=>e()).catch(()=>{})}async refresh(){try{await this.load()}catch(n){this.fail(n)}}fail(n){this.error=x(this.hass,n)}toast(n){this.dispatchEvent(new CustomEvent("dk-toast",{detail:{message:n},bubbles:!0,composed:!0}))}navigate(n,e){let t={page:n,id:e};this.dispatchEvent(new CustomEvent("dk-navigate",{detail:t,bubbles:!0,composed:!0}))}};var At=class extends w{static{this.properties={organisations:{state:!0},overview:{state:!0},editing:{state:!0},deleting:{state:!0}}}static{this.styles=[w.styles,g`
      .organisation {
        display: flex;
        gap: 12px;
        align-items: flex-start;
        justify-content: space-between;
        padding: 14px 0;
        border-bottom: 1px solid var(--divider-color);
        flex-wrap: wrap;
      }
      .organisation:last-child {
        border-bottom: none;
      }
      .organisation h3 {
        margin: 0 0 6px;
        font-size: 16px;
        font-weight: 500;
      }
      .organisation-main {
        flex: 1 1 320px;
        min-width: 0;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin-bottom: 6px;
      }
      .chip.link {
        color: var(--primary-text-color);
        line-height: 28px;
        border-radius: 14px;
        padding: 0 10px;
        background: var(--secondary-background-color);
      }
      .chip.bundle {
        line-height: 28px;
        border-radius: 14px;
        padding: 0 10px;
      }
      .terms {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 2px 12px;
        margin: 0;
        font-size: 14px;
      }
      .terms dt {
        color: var(--secondary-text-color);
      }
      .terms dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .counts {
        margin: 8px 0 0;
      }
      :host([narrow]) .organisation .row {
        width: 100%;
      }
      :host([narrow]) .organisation .row button {
        flex: 1;
      }
    `]}constructor(){super(),this.organisations=void 0,this.overview=void 0,this.editing=void 0,this.deleting=void 0}async load(){let[n,e]=await Promise.all([this.api.call("organisations/list"),this.api.call("overview/get")]);this.organisations=n.organisations,this.overview=e}get locale(){return this.hass?.locale?.language??this.hass?.language??this.uiLanguage}count(n,e,t={}){return E(this.uiLanguage,this.locale,n,e,t)}periodText(n){let e=b(this.locale,n.valid_from,this.zone),t=b(this.locale,n.valid_until,this.zone);return e&&t?this.t("org.period_from_until",{from:e,until:t}):t?this.t("org.period_until",{until:t}):e?this.t("org.period_from",{from:e}):this.t("org.period_open")}sharingText(n){return n.may_share&&n.share_limit>0?this.count("org.sharing_limit",n.share_limit):this.t("org.sharing_none")}async saved(n){this.editing=void 0,this.error="",this.toast(this.t(n.created?"org.created":"org.saved",{name:n.name}));try{await this.load()}catch(e){this.fail(e)}}async deleted(n){this.deleting=void 0,this.toast(this.t("org.deleted",{name:n.name}));try{await this.load()}catch(e){this.fail(e)}}render(){let n=this.organisations;return i`<div class="content">
      <div class="card">
        <div class="card-head">
          <h2>${this.t("org.title")}</h2>
          <button
            data-test="org-add"
            ?disabled=${!this.overview}
            @click=${()=>{this.error="",this.editing=null}}
          >
            ${this.t("org.add")}
          </button>
        </div>
        <p class="secondary">${this.t("org.intro")}</p>
        ${this.error&&this.editing===void 0&&!this.deleting?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d}
        ${n?n.length===0?i`<p class="empty">${this.t("org.none")}</p>`:n.map(e=>this.renderOrganisation(e)):i`<p class="empty">${this.t("common.loading")}</p>`}
      </div>
      ${this.editing!==void 0?this.renderEdit(this.editing):d}
      ${this.deleting?this.renderDelete(this.deleting):d}
    </div>`}renderOrganisation(n){let e=new Set(n.door_ids),t=n.doors.filter(r=>e.has(r.door_id)),s=n.managers.map(r=>r.name).join(", ");return i`<div class="organisation" data-test="org-row" data-id=${n.organisation_id}>
      <div class="organisation-main">
        <h3>${n.name}</h3>
        <div class="chips">
          ${t.length===0&&n.bundles.length===0?i`<span class="secondary">${this.t("org.holds_nothing")}</span>`:d}
          ${t.map(r=>i`<button class="link chip" @click=${()=>this.navigate("door",r.door_id)}>
                ${r.name}
              </button>`)}
          ${n.bundles.map(r=>i`<span class="chip bundle" title=${this.t("org.bundle")}
                >${this.t("org.bundle_chip",{name:r.name})}</span
              >`)}
        </div>
        <dl class="terms">
          <dt>${this.t("org.period")}</dt>
          <dd data-test="org-period">${this.periodText(n)}</dd>
          <dt>${this.t("org.hours")}</dt>
          <dd data-test="org-hours">
            ${n.schedule?n.schedule_text:this.t("cc.schedule.any_time_short")}
          </dd>
          <dt>${this.t("org.sharing")}</dt>
          <dd>${this.sharingText(n)}</dd>
          <dt>${this.t("org.managers")}</dt>
          <dd data-test="org-managers">${s||this.t("org.no_manager")}</dd>
        </dl>
        <div class="counts">
          <div class="count">
            <strong data-test="org-staff-count">${this.num(n.staff)}</strong>
            <span>${this.t("org.staff")}</span>
          </div>
          <div class="count">
            <strong data-test="org-key-count">${this.num(n.keys)}</strong>
            <span>${this.t("org.keys")}</span>
          </div>
        </div>
      </div>
      <div class="row">
        <button
          class="secondary-action"
          data-test="org-edit"
          ?disabled=${!this.overview}
          @click=${()=>{this.error="",this.editing=n}}
        >
          ${this.t("org.edit")}
        </button>
        <button
          class="secondary-action"
          data-test="org-delete"
          @click=${()=>{this.error="",this.deleting=n}}
        >
          ${this.t("org.delete")}
        </button>
      </div>
    </div>`}renderEdit(n){let e=this.overview,t=s=>[...s].sort((r,a)=>r.name.localeCompare(a.name,this.locale));return i`<dk-organisation-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.uiLanguage}
      .narrow=${this.narrow}
      .organisation=${n}
      .doors=${t(e?.doors??[])}
      .bundles=${t(e?.bundles??[])}
      .people=${e?.people??[]}
      @dk-close=${()=>{this.editing=void 0,this.load().catch(s=>this.fail(s))}}
      @dk-saved=${s=>{this.saved(s.detail)}}
    ></dk-organisation-dialog>`}renderDelete(n){let e=[n.keys>0?this.count("org.delete_keys",n.keys):this.t("org.delete_no_keys"),n.staff>0?this.count("org.delete_staff",n.staff):this.t("org.delete_no_staff")];return i`<dk-confirm-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.uiLanguage}
      .heading=${this.t("org.delete_title",{name:n.name})}
      .lines=${e}
      .yesLabel=${this.t("org.delete_yes")}
      .action=${()=>this.api.call("organisations/delete",{organisation_id:n.organisation_id})}
      @dk-close=${()=>this.deleting=void 0}
      @dk-saved=${()=>{this.deleted(n)}}
    ></dk-confirm-dialog>`}};y("dk-organisations-page",At);var Ge=["owner","tenant","board","caretaker","service_provider"],Pt=["nb","da","nl","en"];async function We(o){return(await o.callWS({type:"config/auth/list"})).filter(e=>!e.system_generated&&e.is_active!==!1).sort((e,t)=>e.name.localeCompare(t.name,o.language,{sensitivity:"base"}))}function Qn(o,n){let e=Pt.includes(n)?n:"";return{name:o?.name??"",role:o?.role??"owner",phone:o?.phone??"",email:o?.email??"",dwelling:o?.dwelling??"",entrance:o?.entrance??"",language:o?o.language??"":e,consent:o?.consent??!1,ha_user_id:o?.ha_user_id??""}}var It=class extends v{static{this.properties={...v.properties,person:{attribute:!1},users:{attribute:!1},linkedTo:{attribute:!1},entrances:{attribute:!1},buildingLanguage:{attribute:!1},values:{state:!0}}}constructor(){super(),this.person=null,this.users=null,this.linkedTo=new Map,this.entrances=[],this.buildingLanguage=""}willUpdate(n){super.willUpdate(n),this.values===void 0&&(this.values=Qn(this.person,this.buildingLanguage))}set(n,e){this.values={...this.values,[n]:e}}fields(){let n=r=>Object.fromEntries(Object.entries(r).map(([a,l])=>[a,typeof l=="string"?l.trim():l])),e=n(this.values),t={};if(this.person===null){for(let[r,a]of Object.entries(e))a!==""&&a!==!1&&(t[r]=a);return t}let s=n(Qn(this.person,this.buildingLanguage));for(let r of Object.keys(e))e[r]!==s[r]&&(t[r]=e[r]);return t}async save(n){if(n.preventDefault(),!this.values.name.trim()){this.error=this.t("cc.person.name_needed");return}let e=this.fields(),t={};await this.attempt(async()=>{this.person===null?t=await this.api.call("people/add",e):Object.keys(e).length&&(t=await this.api.call("people/update",{person_id:this.person.id,...e}))})&&this.saved(t)}text(n,e,t="text",s={}){return i`<label for=${n}>${e}</label>
      <input
        id=${n}
        type=${t}
        data-test="person-${n}"
        .value=${this.values[n]}
        autocomplete=${s.autocomplete??"off"}
        inputmode=${s.inputmode??d}
        list=${s.list??d}
        maxlength="200"
        @input=${r=>this.set(n,r.target.value)}
      />`}userOptions(){if(this.users===null)return i`<option value="">${this.t("cc.loading")}</option>`;let n=this.person?.ha_user_id??"";return i`<option value="" ?selected=${this.values.ha_user_id===""}>
        ${this.t("cc.person.no_user")}
      </option>
      ${this.users.map(e=>{let t=e.id!==n?this.linkedTo.get(e.id):void 0,s=t?this.t("cc.person.user_linked_to",{user:e.name,person:t}):e.name;return i`<option
          value=${e.id}
          ?disabled=${t!==void 0}
          ?selected=${this.values.ha_user_id===e.id}
        >
          ${s}
        </option>`})}`}render(){let n=this.person===null,e=this.values;return this.frame(n?this.t("cc.person.add_title"):this.t("cc.person.edit_title"),i`<form id="person-form" @submit=${t=>this.save(t)}>
        ${this.text("name",this.t("cc.person.name"),"text",{autocomplete:"off"})}
        <label for="role">${this.t("cc.person.role")}</label>
        <select
          id="role"
          data-test="person-role"
          @change=${t=>this.set("role",t.target.value)}
        >
          ${Ge.map(t=>i`<option value=${t} ?selected=${e.role===t}>
                ${this.t(`cc.role.${t}`)}
              </option>`)}
        </select>
        <div class="field-row">
          <div>${this.text("phone",this.t("cc.person.phone"),"tel",{inputmode:"tel"})}</div>
          <div>
            ${this.text("email",this.t("cc.person.email"),"email",{inputmode:"email"})}
          </div>
        </div>
        <div class="field-row">
          <div>${this.text("dwelling",this.t("cc.person.dwelling"))}</div>
          <div>
            ${this.text("entrance",this.t("cc.person.entrance"),"text",{list:"entrances"})}
            <datalist id="entrances">
              ${this.entrances.map(t=>i`<option value=${t}></option>`)}
            </datalist>
          </div>
        </div>
        <label for="language">${this.t("cc.person.language")}</label>
        <select
          id="language"
          data-test="person-language"
          @change=${t=>this.set("language",t.target.value)}
        >
          ${e.language===""?i`<option value="" selected>${this.t("cc.person.language_default")}</option>`:d}
          ${Pt.map(t=>i`<option value=${t} ?selected=${e.language===t}>
                ${this.t(`cc.language.${t}`)}
              </option>`)}
        </select>
        <label for="user">${this.t("cc.person.user")}</label>
        <select
          id="user"
          data-test="person-user"
          @change=${t=>this.set("ha_user_id",t.target.value)}
        >
          ${this.userOptions()}
        </select>
        <p class="hint">${this.t("cc.person.user_hint")}</p>
        <label class="check">
          <input
            type="checkbox"
            data-test="person-consent"
            .checked=${e.consent}
            @change=${t=>this.set("consent",t.target.checked)}
          />
          ${this.t("cc.person.consent")}
        </label>
        <p class="hint">${this.t("cc.person.consent_hint")}</p>
      </form>`,i`${this.cancelButton()}
        <button type="submit" form="person-form" data-test="person-save" ?disabled=${this.busy}>
          ${n?this.t("cc.person.add"):this.t("cc.save")}
        </button>`,"person-dialog")}};y("dk-person-dialog",It);var qe=100,Rt=class extends S{constructor(){super();this.searchables=[];this.loading=0;this.data=null,this.error="",this.filter=He,this.shown=qe,this.adding=!1,this.users=null,this.batteries=new Map}static{this.properties={...S.properties,data:{state:!0},error:{state:!0},filter:{state:!0},shown:{state:!0},adding:{state:!0},users:{state:!0},batteries:{state:!0}}}static{this.styles=[f,L]}async load(e){if(!this.api)return;let t=++this.loading;try{let[s,r]=await Promise.all([this.api.call("overview/get"),this.batteryRows()]);if(t!==this.loading)return;this.data=s,this.batteries=r,this.error=""}catch(s){t===this.loading&&(this.error=this.refusal(s))}}async batteryRows(){try{let e=await this.api.call("battery/report",{all_doors:!0,language:this.language});return new Map(e.doors.map(t=>[t.door_id,t]))}catch{return new Map}}willUpdate(e){if(super.willUpdate(e),e.has("api")&&this.api&&this.load(!1),e.has("data")&&this.data){let t=[...this.data.people].sort((s,r)=>s.name.localeCompare(r.name,this.locale,{sensitivity:"base"}));this.searchables=t.map(ze)}e.has("filter")&&(this.shown=qe)}peopleFound(){let e=this.found;if(e&&e.of===this.searchables&&e.filter===this.filter)return e.rows;let t=Ue(this.searchables,this.filter);return this.found={of:this.searchables,filter:this.filter,rows:t},t}setFilter(e){this.filter={...this.filter,...e}}entrances(){let e=new Set;for(let t of this.data?.people??[])t.entrance&&e.add(t.entrance);for(let t of this.data?.doors??[])t.entrance&&e.add(t.entrance);return[...e].sort((t,s)=>t.localeCompare(s,this.locale,{numeric:!0}))}async openAdd(){if(this.adding=!0,this.error="",this.users===null)try{this.users=await We(this.hass)}catch(e){this.users=[],this.error=this.refusal(e)}}renderDoor(e){let t=[e.address,e.entrance?this.t("cc.door.entrance_x",{entrance:e.entrance}):""].filter(Boolean).join(" · ");return i`<a
      class="item"
      data-test="door-row"
      data-id=${e.id}
      href=${this.href("door",e.id)}
      @click=${s=>this.follow(s,"door",e.id)}
    >
      <div class="item-main">
        <div class="item-title">${e.name}</div>
        ${t?i`<div class="item-sub">${t}</div>`:d}
        <div class="chips-line">
          ${Ce(this.language,this.lockState(e))}
          ${Me((s,r)=>this.t(s,r),this.locale,Pe(e,this.batteries.get(e.id)))}
          ${Oe((s,r)=>this.t(s,r),this.language,this.locale,this.zone,e)}
        </div>
      </div>
    </a>`}renderPerson(e){let t=[e.dwelling,e.entrance?this.t("cc.door.entrance_x",{entrance:e.entrance}):"",e.phone].filter(Boolean).join(" · ");return i`<a
      class="item"
      data-test="person-row"
      data-id=${e.id}
      href=${this.href("person",e.id)}
      @click=${s=>this.follow(s,"person",e.id)}
    >
      <div class="item-main">
        <div class="item-title">${e.name}</div>
        <div class="item-sub">${t||" "}</div>
      </div>
      <div class="item-side">
        <span class="chip">${this.t(`cc.role.${e.role}`)}</span>
        <span class="chip count" title=${this.t("cc.overview.keys_hint")}
          >${this.tp("cc.overview.keys",e.keys)}</span
        >
        ${e.shares||e.shares_at_limit?i`<span
              class="chip count ${e.shares_at_limit?"warn":""}"
              title=${e.shares_at_limit?this.t("cc.overview.at_limit"):this.t("cc.overview.shares_hint")}
              >${this.t("cc.overview.shares",{count:this.num(e.shares)})}</span
            >`:d}
        ${e.consent?d:i`<span class="chip">${this.t("cc.overview.no_consent")}</span>`}
        ${e.linked?d:i`<span class="chip">${this.t("cc.overview.no_user")}</span>`}
      </div>
    </a>`}renderFilters(){let e=this.filter;return i`<input
        type="search"
        data-test="people-search"
        aria-label=${this.t("cc.overview.search")}
        placeholder=${this.t("cc.overview.search_placeholder")}
        .value=${e.query}
        @input=${t=>this.setFilter({query:t.target.value})}
      />
      <div class="field-row">
        <div>
          <label for="role">${this.t("cc.person.role")}</label>
          <select
            id="role"
            data-test="filter-role"
            @change=${t=>this.setFilter({role:t.target.value})}
          >
            <option value="" ?selected=${e.role===""}>${this.t("cc.overview.any_role")}</option>
            ${Ge.map(t=>i`<option value=${t} ?selected=${e.role===t}>
                  ${this.t(`cc.role.${t}`)}
                </option>`)}
          </select>
        </div>
        <div>
          <label for="entrance">${this.t("cc.person.entrance")}</label>
          <select
            id="entrance"
            data-test="filter-entrance"
            @change=${t=>this.setFilter({entrance:t.target.value})}
          >
            <option value="" ?selected=${e.entrance===""}>
              ${this.t("cc.overview.any_entrance")}
            </option>
            ${this.entrances().map(t=>i`<option value=${t} ?selected=${e.entrance===t}>
                  ${t}
                </option>`)}
          </select>
        </div>
      </div>
      <div class="row">
        ${this.flag("noConsent","filter-no-consent",this.t("cc.overview.filter_no_consent"))}
        ${this.flag("noUser","filter-no-user",this.t("cc.overview.filter_no_user"))}
        ${this.flag("atLimit","filter-at-limit",this.t("cc.overview.filter_at_limit"))}
      </div>`}flag(e,t,s){return i`<label class="check" style="margin-inline-end: 16px">
      <input
        type="checkbox"
        data-test=${t}
        .checked=${this.filter[e]}
        @change=${r=>this.setFilter({[e]:r.target.checked})}
      />
      ${s}
    </label>`}render(){let e=this.data,t=this.error&&!this.adding?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d;if(!e)return i`${t}${this.error?d:i`<p class="empty">${this.t("cc.loading")}</p>`}`;let s=this.peopleFound(),r=s.slice(0,this.shown),a=s.length!==e.people.length;return i`${t}
      <div class="grid overview">
        <section class="card doors" aria-labelledby="doors-title">
          <div class="head">
            <h2 id="doors-title">${this.t("cc.overview.doors")}</h2>
            <span class="secondary count">${this.num(e.doors.length)}</span>
          </div>
          ${e.doors.length?i`<div class="list">${e.doors.map(l=>this.renderDoor(l))}</div>`:i`<p class="empty">${this.t("cc.overview.no_doors")}</p>`}
        </section>
        <section class="card people" aria-labelledby="people-title">
          <div class="head">
            <h2 id="people-title">${this.t("cc.overview.people")}</h2>
            <button data-test="add-person" @click=${()=>this.openAdd()}>
              ${this.t("cc.overview.add_person")}
            </button>
          </div>
          ${this.renderFilters()}
          <p class="secondary count" data-test="people-count" role="status">
            ${a?this.tp("cc.overview.count_filtered",e.people.length,{count:this.num(s.length),total:this.num(e.people.length)}):this.tp("cc.overview.count",e.people.length)}
          </p>
          ${r.length?i`<div class="list">${r.map(l=>this.renderPerson(l))}</div>`:i`<p class="empty">
                ${e.people.length?this.t("cc.overview.no_match"):this.t("cc.overview.no_people")}
              </p>`}
          ${s.length>r.length?i`<div class="pager">
                <span class="secondary count">
                  ${this.t("cc.overview.showing",{shown:this.num(r.length),count:this.num(s.length)})}
                </span>
                <button
                  class="secondary-action"
                  data-test="people-more"
                  @click=${()=>this.shown+=qe}
                >
                  ${this.t("cc.overview.show_more",{count:this.num(Math.min(qe,s.length-r.length))})}
                </button>
              </div>`:d}
        </section>
      </div>
      ${this.adding?this.renderAdd(e):d}`}renderAdd(e){let t=new Map;for(let s of e.people)s.ha_user_id&&t.set(s.ha_user_id,s.name);return i`<dk-person-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.language}
      .users=${this.users}
      .linkedTo=${t}
      .entrances=${this.entrances()}
      .buildingLanguage=${e.settings?.language??""}
      @dk-close=${()=>this.adding=!1}
      @dk-saved=${s=>{this.adding=!1,this.toast(this.t("cc.person.added"));let r=s.detail?.person_id;r?this.navigate("person",r):this.load(!0)}}
    ></dk-person-dialog>`}};y("dk-overview-page",Rt);var Ct=class extends v{constructor(){super();this.listeningAt="";this.doors=[],this.pinMinLength=4,this.way="random",this.pin="",this.tagUid="",this.door="",this.label="",this.shownPin="",this.copied=!1}static{this.properties={...v.properties,personId:{attribute:!1},personName:{attribute:!1},doors:{attribute:!1},pinMinLength:{attribute:!1},way:{state:!0},pin:{state:!0},tagUid:{state:!0},door:{state:!0},label:{state:!0},shownPin:{state:!0},copied:{state:!0}}}readers(){return this.doors.filter(e=>e.has_reader)}async save(){let e={person_id:this.personId};this.label.trim()&&(e.label=this.label.trim());let t,s=this.way;if(s==="pin"&&!/^\d+$/.test(this.pin)){this.error=this.t("cc.credential.pin_digits",{min:this.pinMinLength});return}if(s==="tag"&&!this.tagUid.trim()){this.error=this.t("cc.credential.tag_needed");return}let r=this.door||this.readers()[0]?.id||"";if(s==="learn"&&!r){this.error=this.t("cc.credential.no_reader");return}let a=await this.attempt(async()=>{if(s==="random")t=await this.api.call("credentials/add",{...e,new_pin:!0});else if(s==="pin")t=await this.api.call("credentials/add_pin",{...e,pin:this.pin});else if(s==="tag")t=await this.api.call("credentials/add_tag",{...e,tag_uid:this.tagUid.trim()});else{this.listeningAt=r;try{t=await this.api.call("credentials/add",{...e,learn_at_door:r})}finally{this.listeningAt=""}}});if(this.pin="",!!a){if(t?.pin){this.shownPin=t.pin,this.dispatchEvent(new CustomEvent("dk-added",{detail:t}));return}this.saved(t)}}stopListening(){let e=this.listeningAt;this.listeningAt="",e&&this.api.call("credentials/cancel_learning",{door:e}).catch(()=>{})}close(){this.stopListening(),super.close()}disconnectedCallback(){this.stopListening(),super.disconnectedCallback()}async copy(){try{await navigator.clipboard.writeText(this.shownPin),this.copied=!0}catch{this.error=this.t("cc.credential.copy_failed")}}choice(e,t,s,r=!1){return i`<label class="check">
      <input
        type="radio"
        name="way"
        data-test="credential-kind"
        value=${e}
        .checked=${this.way===e}
        ?disabled=${r}
        @change=${()=>{this.way=e,this.error=""}}
      />
      <span
        >${t}
        <div class="secondary">${s}</div></span
      >
    </label>`}renderShown(){return this.frame(this.t("cc.credential.pin_title",{name:this.personName}),i`<p>${this.t("cc.credential.pin_once")}</p>
        <div class="pin-once" data-test="credential-pin-shown">${this.shownPin}</div>
        ${this.copied?i`<p class="hint" role="status">${this.t("cc.copied")}</p>`:d}`,i`<button class="secondary-action" data-test="credential-copy" @click=${()=>this.copy()}>
          ${this.t("cc.copy")}
        </button>
        <button
          class="dialog-focus"
          data-test="credential-done"
          @click=${()=>{this.shownPin="",this.saved()}}
        >
          ${this.t("cc.done")}
        </button>`,"credential-dialog")}render(){if(this.shownPin)return this.renderShown();let e=this.readers(),t=this.busy&&this.way==="learn",s=e.find(r=>r.id===(this.door||e[0]?.id))?.name??"";return this.frame(this.t("cc.credential.title",{name:this.personName}),i`<div class="radio-list" role="radiogroup">
          ${this.choice("random",this.t("cc.credential.random"),this.t("cc.credential.random_hint"))}
          ${this.choice("pin",this.t("cc.credential.chosen"),this.t("cc.credential.chosen_hint",{min:this.pinMinLength}))}
          ${this.choice("tag",this.t("cc.credential.tag"),this.t("cc.credential.tag_hint"))}
          ${this.choice("learn",this.t("cc.credential.learn"),e.length?this.t("cc.credential.learn_hint"):this.t("cc.credential.no_reader"),!e.length)}
        </div>
        ${this.way==="pin"?i`<label for="pin">${this.t("cc.credential.pin")}</label>
              <input
                id="pin"
                data-test="credential-pin"
                type="password"
                inputmode="numeric"
                autocomplete="off"
                minlength=${this.pinMinLength}
                maxlength="12"
                .value=${this.pin}
                @input=${r=>this.pin=r.target.value}
              />`:d}
        ${this.way==="tag"?i`<label for="uid">${this.t("cc.credential.uid")}</label>
              <input
                id="uid"
                data-test="credential-tag"
                autocomplete="off"
                spellcheck="false"
                placeholder="04A2 24B1 C35E 80"
                .value=${this.tagUid}
                @input=${r=>this.tagUid=r.target.value}
              />`:d}
        ${this.way==="learn"&&e.length?i`<label for="door">${this.t("cc.credential.door")}</label>
              <select
                id="door"
                data-test="credential-door"
                @change=${r=>this.door=r.target.value}
              >
                ${e.map(r=>i`<option value=${r.id} ?selected=${this.door===r.id}>
                      ${r.name}
                    </option>`)}
              </select>`:d}
        <label for="label">${this.t("cc.credential.label")}</label>
        <input
          id="label"
          data-test="credential-label"
          maxlength="200"
          placeholder=${this.t("cc.credential.label_placeholder")}
          .value=${this.label}
          @input=${r=>this.label=r.target.value}
        />
        ${t?i`<div class="busy" role="status" data-test="credential-learning">
              <span class="spinner"></span>
              <span>${this.t("cc.credential.present_now",{door:s})}</span>
            </div>`:d}`,i`${t?i`<button
              class="secondary-action"
              data-test="dialog-cancel"
              @click=${()=>this.close()}
            >
              ${this.t("cc.cancel")}
            </button>`:this.cancelButton()}
        <button data-test="credential-save" ?disabled=${this.busy} @click=${()=>this.save()}>
          ${this.way==="learn"?this.t("cc.credential.start_learning"):this.t("cc.credential.add")}
        </button>`,"credential-dialog")}};y("dk-credential-dialog",Ct);var Mt=class extends v{static{this.properties={...v.properties,grant:{attribute:!1},mayShare:{state:!0},shareLimit:{state:!0}}}willUpdate(n){super.willUpdate(n),n.has("grant")&&(this.mayShare=this.grant.may_share,this.shareLimit=String(this.grant.share_limit))}async save(){let n=Number(this.shareLimit.trim()||"0");await this.attempt(async()=>{await this.api.call("grants/sharing",{grant_ids:[this.grant.id],may_share:this.mayShare,share_limit:n})})&&this.saved()}render(){let n=this.grant.may_share&&!this.mayShare&&this.grant.shares_used>0;return this.frame(this.t("cc.sharing.title",{name:this.grant.name}),i`<label class="check">
          <input
            type="checkbox"
            data-test="sharing-may-share"
            .checked=${this.mayShare}
            @change=${e=>this.mayShare=e.target.checked}
          />
          ${this.t("cc.grant.may_share")}
        </label>
        <label for="limit">${this.t("cc.grant.share_limit")}</label>
        <input
          id="limit"
          type="number"
          min="0"
          max="100"
          inputmode="numeric"
          data-test="sharing-limit"
          .value=${this.shareLimit}
          ?disabled=${!this.mayShare}
          @input=${e=>this.shareLimit=e.target.value}
        />
        <p class="hint">
          ${this.t("cc.sharing.used",{used:this.num(this.grant.shares_used),limit:this.num(this.grant.share_limit)})}
        </p>
        ${n?i`<p class="error" data-test="sharing-warning">
              ${this.tp("cc.sharing.off_revokes",this.grant.shares_used)}
            </p>`:i`<p class="hint">${this.t("cc.sharing.lower_keeps")}</p>`}`,i`${this.cancelButton()}
        <button data-test="sharing-save" ?disabled=${this.busy} @click=${()=>this.save()}>
          ${this.t("cc.save")}
        </button>`,"sharing-dialog")}},Ot=class extends v{constructor(){super();this.untilDefaulted=!1;this.doors=[],this.bundles=[],this.chosen=new Set,this.reason="",this.until=""}static{this.properties={...v.properties,personId:{attribute:!1},personName:{attribute:!1},doors:{attribute:!1},bundles:{attribute:!1},chosen:{state:!0},reason:{state:!0},until:{state:!0}}}willUpdate(e){super.willUpdate(e),!this.untilDefaulted&&this.hass&&(this.untilDefaulted=!0,this.until=Gn(24,this.zone))}toggle(e,t){let s=new Set(this.chosen);t?s.add(e):s.delete(e),this.chosen=s}async save(){let e=[...this.chosen].filter(c=>c.startsWith("door:")).map(c=>c.slice(5)),t=[...this.chosen].filter(c=>c.startsWith("bundle:")).map(c=>c.slice(7));if(!e.length&&!t.length){this.error=this.t("cc.grant.choose_doors");return}if(!this.reason.trim()){this.error=this.t("cc.emergency.reason_needed");return}let s={person_id:this.personId,reason:this.reason.trim(),doors:e,bundle_ids:t},r=N(this.until,this.zone);r&&(s.valid_until=r);let a;await this.attempt(async()=>{a=await this.api.call("emergency_keys/issue",s)})&&this.saved(a)}render(){return this.frame(this.t("cc.emergency.title",{name:this.personName}),i`<p class="hint">${this.t("cc.emergency.intro")}</p>
        <h3>${this.t("cc.grant.doors")}</h3>
        ${C({label:this.t("cc.grant.doors"),test:"emergency-doors",items:this.doors,checked:e=>this.chosen.has(`door:${e}`),toggle:(e,t)=>this.toggle(`door:${e}`,t)})}
        ${this.bundles.length?i`<h3>${this.t("cc.grant.bundles")}</h3>
              ${C({label:this.t("cc.grant.bundles"),test:"emergency-bundles",items:this.bundles,checked:e=>this.chosen.has(`bundle:${e}`),toggle:(e,t)=>this.toggle(`bundle:${e}`,t)})}`:d}
        <label for="reason">${this.t("cc.emergency.reason")}</label>
        <input
          id="reason"
          data-test="emergency-reason"
          maxlength="200"
          .value=${this.reason}
          placeholder=${this.t("cc.emergency.reason_placeholder")}
          @input=${e=>this.reason=e.target.value}
        />
        <label for="until">${this.t("cc.emergency.until")}</label>
        <input
          id="until"
          type="datetime-local"
          data-test="emergency-until"
          .value=${this.until}
          @input=${e=>this.until=e.target.value}
        />
        ${this.until?d:i`<p class="hint">${this.t("cc.emergency.until_default")}</p>`}`,i`${this.cancelButton()}
        <button
          class="danger"
          data-test="emergency-save"
          ?disabled=${this.busy}
          @click=${()=>this.save()}
        >
          ${this.t("cc.emergency.issue")}
        </button>`,"emergency-dialog")}};y("dk-sharing-dialog",Mt);y("dk-emergency-dialog",Ot);var Bt=class extends S{constructor(){super();this.loading=0;this.data=null,this.overview=null,this.users=null,this.error="",this.dialog=null,this.gone=!1}static{this.properties={...S.properties,personId:{attribute:!1},data:{state:!0},overview:{state:!0},users:{state:!0},error:{state:!0},dialog:{state:!0},gone:{state:!0}}}static{this.styles=[f,L]}willUpdate(e){super.willUpdate(e),(e.has("personId")||e.has("api")&&!this.data)&&(this.data=null,this.gone=!1,this.load(!1))}async load(e){if(!this.api||!this.personId||this.gone)return;let t=++this.loading;try{let[s,r]=await Promise.all([this.api.call("person/get",{person_id:this.personId,language:this.language}),this.api.call("overview/get")]);if(t!==this.loading)return;this.data=s,this.overview=r,this.error=""}catch(s){t===this.loading&&(this.error=this.refusal(s))}if(this.users===null)try{this.users=await We(this.hass)}catch{this.users=[]}}open(e){this.error="",this.dialog=e}closed(e){this.dialog=null,e&&this.toast(e),this.load(!0)}confirm(e,t,s,r,a){this.open({kind:"confirm",heading:e,lines:t,yes:s,action:r,done:a})}removeGrant(e){let t=[this.t("cc.key.remove_text",{name:e.name,person:this.data?.person.name??""})];e.shares_used&&t.push(this.tp("cc.key.remove_shares",e.shares_used)),this.confirm(this.t("cc.key.remove_title"),t,this.t("cc.key.remove"),()=>this.api.call("grants/remove",{grant_ids:[e.id]}),()=>this.closed(this.t("cc.key.removed")))}blockCredential(e){this.confirm(e.kind==="pin"?this.t("cc.credential.block_pin_title"):this.t("cc.credential.block_tag_title"),[this.t("cc.credential.block_text"),this.t("cc.credential.block_keep")],this.t("cc.credential.block"),()=>this.api.call("credentials/block",{credential_id:e.credential_id}),()=>this.closed(this.t("cc.credential.blocked_toast")))}removeCredential(e){this.confirm(e.kind==="pin"?this.t("cc.credential.remove_pin_title"):this.t("cc.credential.remove_tag_title"),[this.t("cc.credential.remove_text")],this.t("cc.remove"),()=>this.api.call("credentials/remove",{credential_id:e.credential_id}),()=>this.closed(this.t("cc.credential.removed")))}revokeShare(e){this.confirm(this.t("cc.share.revoke_title"),[this.t("cc.share.revoke_text",{door:e.door_name??""})],this.t("cc.share.revoke"),()=>this.api.call("shares/revoke",{share_id:e.id}),()=>this.closed(this.t("cc.share.revoked")))}removePerson(){let e=this.data;if(!e)return;let t=e.person,s=e.shares.filter(r=>r.status==="active"||r.status==="not_yet_valid").length;this.confirm(this.t("cc.person.remove_title",{name:t.name}),[this.t("cc.person.remove_text",{keys:this.num(e.grants.length),credentials:this.num(e.credentials.length)}),s?this.tp("cc.person.remove_shares",s):this.t("cc.person.remove_no_shares"),this.t("cc.person.remove_log")],this.t("cc.person.remove"),()=>this.api.call("people/remove",{person_id:t.id}),()=>{this.gone=!0,this.dialog=null,this.toast(this.t("cc.person.removed",{name:t.name})),this.navigate("overview")})}erasePerson(){let e=this.data;if(!e)return;let t=e.person;this.confirm(this.t("cc.person.erase_title",{name:t.name}),[this.t("cc.person.erase_text"),this.t("cc.person.erase_log"),this.t("cc.person.erase_final")],this.t("cc.person.erase"),()=>this.api.call("people/erase",{person_id:t.id}),()=>{this.gone=!0,this.dialog=null,this.toast(this.t("cc.person.erased")),this.navigate("overview")})}async exportData(){let e=this.data?.person;if(e){this.error="";try{let t=await this.api.call("people/export",{person_id:e.id}),{csv:s,json:r,...a}=t,l=r&&typeof r=="object"?{...a,...r}:t,c=new Blob([JSON.stringify(l,null,2)],{type:"application/json"}),h=URL.createObjectURL(c),u=document.createElement("a"),p=new Date().toISOString().slice(0,10),k=e.name.replace(/[^\p{L}\p{N}]+/gu,"-").replace(/^-|-$/g,"")||"person";u.href=h,u.download=`digitalkey-${k}-${p}.json`,u.style.display="none",this.renderRoot.appendChild(u),u.click(),u.remove(),setTimeout(()=>URL.revokeObjectURL(h),1e4),this.toast(this.t("cc.person.exported"))}catch(t){this.error=this.refusal(t)}}}userName(e){return e?this.users?.find(t=>t.id===e)?.name??this.t("cc.person.user_unknown"):this.t("cc.person.no_user")}renderDetails(e){let t=e.person,s=(r,a)=>i`<dt>${r}</dt>
        <dd>${a}</dd>`;return i`<section class="card" aria-labelledby="details">
      <div class="head">
        <h2 id="details">${this.t("cc.person.details")}</h2>
        <button
          class="secondary-action"
          data-test="person-edit"
          @click=${()=>this.open({kind:"edit"})}
        >
          ${this.t("cc.edit")}
        </button>
      </div>
      <dl class="facts">
        ${s(this.t("cc.person.role"),this.t(`cc.role.${t.role}`))}
        ${s(this.t("cc.person.phone"),t.phone??"—")}
        ${s(this.t("cc.person.email"),t.email??"—")}
        ${s(this.t("cc.person.dwelling"),t.dwelling??"—")}
        ${s(this.t("cc.person.entrance"),t.entrance??"—")}
        ${s(this.t("cc.person.language"),t.language?this.t(`cc.language.${t.language}`):"—")}
        ${s(this.t("cc.person.consent_short"),t.consent?this.t("cc.yes"):i`<span class="chip warn">${this.t("cc.no")}</span>`)}
        ${s(this.t("cc.person.user"),this.userName(t.ha_user_id))}
      </dl>
    </section>`}grantDoors(e){if(!e.bundle_id)return"";let t=ke(this.overview?.doors??[],[]).doors;return e.door_ids.map(s=>t.get(s)??"").filter(Boolean).join(", ")}scheduleText(e){let t=e.schedule_text;return Array.isArray(t)?t.join("; "):t??""}renderGrant(e){let t=e.kind==="emergency",s=this.grantDoors(e),r=this.scheduleText(e),a=e.may_share&&e.shares_used>=e.share_limit;return i`<div class="entry" data-test="grant-row" data-id=${e.id}>
      <div class="entry-main">
        <div class="item-title">
          ${e.name}
          <span class="title-chips">
            ${t?i`<span class="chip bad">${this.t("cc.key.emergency")}</span>`:e.may_share?i`<span class="chip ${a?"warn":"ok"}" data-test="grant-sharing"
                    >${this.t("cc.key.sharing_used",{used:this.num(e.shares_used),limit:this.num(e.share_limit)})}</span
                  >`:i`<span class="chip" data-test="grant-sharing"
                    >${this.t("cc.key.no_sharing")}</span
                  >`}
          </span>
        </div>
        ${s?i`<div class="secondary">${this.t("cc.key.bundle_of",{doors:s})}</div>`:d}
        <div class="secondary">
          ${me((l,c)=>this.t(l,c),this.locale,this.zone,e.valid_from,e.valid_until)} ·
          ${r||this.t("cc.schedule.any_time_short")}
        </div>
        ${t&&e.reason?i`<div class="secondary">${e.reason}</div>`:d}
      </div>
      <div class="entry-side">
        ${t?d:i`<button
                class="secondary-action"
                data-test="grant-edit"
                @click=${()=>this.open({kind:"edit-grant",grant:e})}
              >
                ${this.t("cc.edit")}
              </button>
              <button
                class="secondary-action"
                data-test="grant-sharing-edit"
                @click=${()=>this.open({kind:"sharing",grant:e})}
              >
                ${this.t("cc.key.sharing")}
              </button>`}
        <button
          class="secondary-action"
          data-test="grant-remove"
          @click=${()=>this.removeGrant(e)}
        >
          ${this.t("cc.remove")}
        </button>
      </div>
    </div>`}renderKeys(e){return i`<section class="card" aria-labelledby="keys">
      <div class="head">
        <h2 id="keys">${this.t("cc.person.keys")}</h2>
        <div class="row">
          <button
            class="secondary-action"
            data-test="emergency-open"
            @click=${()=>this.open({kind:"emergency"})}
          >
            ${this.t("cc.emergency.open")}
          </button>
          <button data-test="grant-add" @click=${()=>this.open({kind:"grant"})}>
            ${this.t("cc.grant.open")}
          </button>
        </div>
      </div>
      ${e.grants.length?i`<div class="entries">${e.grants.map(t=>this.renderGrant(t))}</div>`:i`<p class="empty">${this.t("cc.person.no_keys")}</p>`}
    </section>`}renderCredential(e){let t=e.kind==="pin"?this.t("cc.credential.a_pin"):e.hint?this.t("cc.credential.a_tag_hint",{hint:e.hint}):this.t("cc.credential.a_tag");return i`<div class="entry" data-test="credential-row" data-id=${e.credential_id}>
      <div class="entry-main">
        <div class="item-title">
          ${t}
          <span class="title-chips">
            ${e.blocked_at?i`<span class="chip bad"
                  >${this.t("cc.credential.blocked_at",{time:b(this.locale,e.blocked_at,this.zone)})}</span
                >`:i`<span class="chip ok">${this.t("cc.credential.active")}</span>`}
          </span>
        </div>
        <div class="secondary">
          ${[e.label,this.t("cc.credential.since",{time:b(this.locale,e.created_at,this.zone)})].filter(Boolean).join(" · ")}
        </div>
      </div>
      <div class="entry-side">
        ${e.blocked_at?d:i`<button
              class="secondary-action"
              data-test="credential-block"
              @click=${()=>this.blockCredential(e)}
            >
              ${this.t("cc.credential.block")}
            </button>`}
        <button
          class="secondary-action"
          data-test="credential-remove"
          @click=${()=>this.removeCredential(e)}
        >
          ${this.t("cc.remove")}
        </button>
      </div>
    </div>`}renderCredentials(e){let t=e.credentials.filter(r=>!r.share_id),s=t.some(r=>r.kind==="pin"&&!r.blocked_at);return i`<section class="card" aria-labelledby="credentials">
      <div class="head">
        <h2 id="credentials">${this.t("cc.person.credentials")}</h2>
        <button data-test="credential-add" @click=${()=>this.open({kind:"credential"})}>
          ${this.t("cc.credential.open")}
        </button>
      </div>
      ${t.length&&!s?i`<p data-test="pin-set" data-set="false">${this.t("cc.credential.pin_not_set")}</p>`:d}
      ${t.length?i`<div class="entries">
            ${t.map(r=>this.renderCredential(r))}
          </div>`:i`<p class="empty">${this.t("cc.person.no_credentials")}</p>`}
    </section>`}renderShare(e){let t=e.use_limit===null?this.tp("cc.share.uses_n",e.uses,{uses:this.num(e.uses)}):this.t("cc.share.uses_of",{uses:this.num(e.uses),limit:this.num(e.use_limit)});return i`<div class="entry" data-test="person-share-row" data-id=${e.id}>
      <div class="entry-main">
        <div class="item-title">
          ${e.door_name??"—"}
          <span class="title-chips">${qn(this.language,e.status)}</span>
        </div>
        <div class="secondary">
          ${[R(this.language,"cc.share_kind",e.kind),e.label].filter(Boolean).join(" · ")}
        </div>
        <div class="secondary">
          ${me((s,r)=>this.t(s,r),this.locale,this.zone,e.valid_from,e.valid_until)}
        </div>
        <div class="secondary count">
          ${e.last_used?`${t} · ${this.t("cc.share.last_used",{time:b(this.locale,e.last_used,this.zone)})}`:t}
        </div>
      </div>
      <div class="entry-side">
        ${e.status==="active"||e.status==="not_yet_valid"?i`<button
              class="secondary-action"
              data-test="person-share-revoke"
              @click=${()=>this.revokeShare(e)}
            >
              ${this.t("cc.share.revoke")}
            </button>`:d}
      </div>
    </div>`}renderShares(e){return i`<section class="card" aria-labelledby="shares">
      <h2 id="shares">${this.t("cc.person.shares")}</h2>
      ${e.shares.length?i`<div class="entries">${e.shares.map(t=>this.renderShare(t))}</div>`:i`<p class="empty">${this.t("cc.person.no_shares")}</p>`}
    </section>`}renderDialog(e){let t=this.dialog;if(!t)return d;let s={hass:this.hass,api:this.api,language:this.language},r=this.overview,a=()=>this.dialog=null;switch(t.kind){case"edit":{let l=new Map;for(let h of r?.people??[])h.ha_user_id&&h.id!==e.person.id&&l.set(h.ha_user_id,h.name);let c=[...new Set((r?.people??[]).map(h=>h.entrance).filter(h=>!!h))].sort();return i`<dk-person-dialog
          .hass=${s.hass}
          .api=${s.api}
          .language=${s.language}
          .person=${e.person}
          .users=${this.users}
          .linkedTo=${l}
          .entrances=${c}
          .buildingLanguage=${r?.settings?.language??""}
          @dk-close=${a}
          @dk-saved=${()=>this.closed(this.t("cc.person.saved"))}
        ></dk-person-dialog>`}case"grant":case"edit-grant":return i`<dk-grant-dialog
          .hass=${s.hass}
          .api=${s.api}
          .language=${s.language}
          .mode=${t.kind==="grant"?"targets":"edit"}
          .grant=${t.kind==="edit-grant"?t.grant:null}
          .personId=${e.person.id}
          .doors=${r?.doors??[]}
          .bundles=${r?.bundles??[]}
          @dk-close=${a}
          @dk-saved=${()=>this.closed(t.kind==="grant"?this.t("cc.grant.added"):this.t("cc.key.saved"))}
        ></dk-grant-dialog>`;case"sharing":return i`<dk-sharing-dialog
          .hass=${s.hass}
          .api=${s.api}
          .language=${s.language}
          .grant=${t.grant}
          @dk-close=${a}
          @dk-saved=${()=>this.closed(this.t("cc.key.saved"))}
        ></dk-sharing-dialog>`;case"credential":return i`<dk-credential-dialog
          .hass=${s.hass}
          .api=${s.api}
          .language=${s.language}
          .personId=${e.person.id}
          .personName=${e.person.name}
          .doors=${r?.doors??[]}
          .pinMinLength=${r?.settings?.pin_min_length??4}
          @dk-added=${()=>this.load(!0)}
          @dk-close=${()=>this.closed()}
          @dk-saved=${()=>this.closed(this.t("cc.credential.added"))}
        ></dk-credential-dialog>`;case"emergency":return i`<dk-emergency-dialog
          .hass=${s.hass}
          .api=${s.api}
          .language=${s.language}
          .personId=${e.person.id}
          .personName=${e.person.name}
          .doors=${r?.doors??[]}
          .bundles=${r?.bundles??[]}
          @dk-close=${a}
          @dk-saved=${()=>this.closed(this.t("cc.emergency.issued"))}
        ></dk-emergency-dialog>`;case"confirm":return i`<dk-confirm-dialog
          .hass=${s.hass}
          .api=${s.api}
          .language=${s.language}
          .heading=${t.heading}
          .lines=${t.lines}
          .yesLabel=${t.yes}
          .action=${t.action}
          @dk-close=${a}
          @dk-saved=${l=>t.done(l.detail)}
        ></dk-confirm-dialog>`}}render(){let e=this.data,t=this.error&&!this.dialog?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d,s=this.backToOverview();if(!e)return i`${s}${t}${this.error?d:i`<p class="empty">${this.t("cc.loading")}</p>`}`;let r=e.person,a=ke(this.overview?.doors??[],this.overview?.people??[]);return i`${s}
      <div class="head page-head">
        <div>
          <h1 class="page-title" data-test="person-title">${r.name}</h1>
          <div class="secondary">
            ${[this.t(`cc.role.${r.role}`),r.dwelling,r.entrance?this.t("cc.door.entrance_x",{entrance:r.entrance}):""].filter(Boolean).join(" · ")}
          </div>
        </div>
        <div class="row">
          <button
            class="secondary-action"
            data-test="person-export"
            @click=${()=>this.exportData()}
          >
            ${this.t("cc.person.export")}
          </button>
          <button
            class="secondary-action"
            data-test="person-erase"
            @click=${()=>this.erasePerson()}
          >
            ${this.t("cc.person.erase")}
          </button>
          <button class="danger" data-test="person-remove" @click=${()=>this.removePerson()}>
            ${this.t("cc.person.remove")}
          </button>
        </div>
      </div>
      ${t}
      <div class="grid">
        <div>${this.renderDetails(e)} ${this.renderCredentials(e)}</div>
        <div>${this.renderKeys(e)} ${this.renderShares(e)}</div>
      </div>
      <section class="card" aria-labelledby="events">
        <h2 id="events">${this.t("cc.person.events")}</h2>
        ${Be((l,c)=>this.t(l,c),this.language,e.events,a,"door",this.zone)}
      </section>
      ${this.renderDialog(e)}`}};y("dk-person-page",Bt);var ts=[{page:"overview",label:"cc.nav.overview",test:"nav-overview"},{page:"batteries",label:"batt.nav",test:"nav-batteries"},{page:"bundles",label:"cc.nav.bundles",test:"nav-bundles"},{page:"organisations",label:"org.nav",test:"nav-organisations"},{page:"import",label:"cc.nav.import",test:"nav-import"},{page:"events",label:"cc.nav.events",test:"nav-events"},{page:"access",label:"cc.nav.access",test:"nav-access"}],ns=new Set([...ts.map(o=>o.page),"person","door"]),Dr=300,jr=6e3;function Ht(o){let n=new URLSearchParams(o),e=n.get("page")??"overview",t=n.get("id")??"";return!ns.has(e)||(e==="person"||e==="door")&&!t?{page:"overview",id:""}:{page:e,id:t}}function es(o){if(o.page==="overview")return location.pathname;let n=new URLSearchParams({page:o.page});return o.id&&n.set("id",o.id),`${location.pathname}?${n.toString()}`}var Ye=class extends _{constructor(){super();this.onPopState=()=>{this.place=Ht(location.search)};this.place=Ht(location.search),this.revision=0,this.toastText="",this.textsLoaded=!1,this.addEventListener("dk-navigate",e=>this.onNavigate(e)),this.addEventListener("dk-toast",e=>this.showToast(e.detail?.message??""))}static{this.properties={hass:{attribute:!1},narrow:{type:Boolean},panel:{attribute:!1},place:{state:!0},revision:{state:!0},toastText:{state:!0},textsLoaded:{state:!0}}}static{this.styles=[f,g`
      .tabs {
        display: flex;
        gap: 4px;
        overflow-x: auto;
        padding: 0 8px;
        background: var(--app-header-background-color, var(--primary-color));
        scrollbar-width: none;
        position: sticky;
        top: var(--header-height, 56px);
        z-index: 2;
      }
      .tabs::-webkit-scrollbar {
        display: none;
      }
      .tabs a {
        flex: none;
        display: inline-flex;
        align-items: center;
        min-height: 48px;
        padding: 0 14px;
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        opacity: 0.75;
        text-decoration: none;
        font-weight: 500;
        font-size: 14px;
        border-bottom: 3px solid transparent;
        box-sizing: border-box;
        white-space: nowrap;
      }
      .tabs a[aria-current="page"] {
        opacity: 1;
        border-bottom-color: var(--app-header-text-color, var(--text-primary-color, #fff));
      }
      .tabs a:focus-visible {
        outline: 2px solid var(--app-header-text-color, #fff);
        outline-offset: -4px;
      }
      .toast {
        cursor: pointer;
      }
      .menu-button {
        padding: 0;
        min-height: 0;
        border: none;
        flex: none;
      }
      @media (max-width: 600px) {
        .content {
          padding: 8px;
        }
      }
    `]}connectedCallback(){super.connectedCallback(),window.addEventListener("popstate",this.onPopState),this.place=Ht(location.search),this.hass&&this.subscribe()}disconnectedCallback(){window.removeEventListener("popstate",this.onPopState),clearTimeout(this.reloadTimer),clearTimeout(this.toastTimer),this.unsubscribeNow(),super.disconnectedCallback()}willUpdate(e){if(!this.hass)return;let t=this.panel?.config?.entry_id;(this.api===void 0||t!==this.apiEntry)&&(this.api=new te(()=>this.hass,t),this.apiEntry=t,this.unsubscribeNow()),e.has("hass")&&!this.textsLoaded&&ne(this.hass).then(()=>this.textsLoaded=!0,()=>this.textsLoaded=!0),this.isConnected&&this.unsubscribe===void 0&&this.subscribe()}subscribe(){let e=this.api;!e||this.unsubscribe!==void 0||(this.unsubscribe=e.subscribe(()=>{clearTimeout(this.reloadTimer),this.reloadTimer=setTimeout(()=>this.revision+=1,Dr)}).catch(()=>{}))}unsubscribeNow(){let e=this.unsubscribe;this.unsubscribe=void 0,e?.then(t=>t?.()).catch(()=>{})}onNavigate(e){e.stopPropagation();let t=e.detail?.page;if(!t||!ns.has(t))return;let s={page:t,id:e.detail.id??""};s.page===this.place.page&&s.id===this.place.id||(history.pushState(null,"",es(s)),this.place=s,window.scrollTo({top:0}))}showToast(e){e&&(this.toastText=e,clearTimeout(this.toastTimer),this.toastTimer=setTimeout(()=>this.toastText="",jr))}get language(){return Q(this.hass?.language)}tab(e){let t=e.page===this.place.page||e.page==="overview"&&(this.place.page==="person"||this.place.page==="door");return i`<a
      href=${es({page:e.page,id:""})}
      data-test=${e.test}
      aria-current=${t?"page":d}
      @click=${s=>{s.button!==0||s.metaKey||s.ctrlKey||s.shiftKey||(s.preventDefault(),this.onNavigate(new CustomEvent("dk-navigate",{detail:{page:e.page}})))}}
      >${m(this.language,e.label)}</a
    >`}renderPage(){let{hass:e,language:t,narrow:s,revision:r}=this,a=this.api,{page:l,id:c}=this.place;switch(l){case"person":return i`<dk-person-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${s}
          .revision=${r}
          .personId=${c}
        ></dk-person-page>`;case"door":return i`<dk-door-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${s}
          .revision=${r}
          .doorId=${c}
        ></dk-door-page>`;case"batteries":return i`<dk-batteries-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${s}
          .revision=${r}
        ></dk-batteries-page>`;case"bundles":return i`<dk-bundles-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${s}
          .revision=${r}
        ></dk-bundles-page>`;case"organisations":return i`<dk-organisations-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${s}
          .revision=${r}
        ></dk-organisations-page>`;case"import":return i`<dk-import-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${s}
          .revision=${r}
        ></dk-import-page>`;case"events":return i`<dk-events-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${s}
          .revision=${r}
        ></dk-events-page>`;case"access":return i`<dk-access-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${s}
          .revision=${r}
        ></dk-access-page>`;default:return i`<dk-overview-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${s}
          .revision=${r}
        ></dk-overview-page>`}}render(){if(!this.hass)return d;let e=this.language;return i`<header class="toolbar">
        ${this.narrow?i`<button
              class="menu-button"
              data-test="menu"
              aria-label=${m(e,"cc.menu")}
              @click=${()=>Te(this)}
            >
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                ${j`<path fill="currentColor" d=${Se}></path>`}
              </svg>
            </button>`:d}
        <h1>${m(e,"cc.title")}</h1>
      </header>
      <nav class="tabs" aria-label=${m(e,"cc.nav.label")}>
        ${ts.map(t=>this.tab(t))}
      </nav>
      <main class="content">${this.renderPage()}</main>
      ${this.toastText?i`<div
            class="toast"
            data-test="toast"
            role="status"
            @click=${()=>this.toastText=""}
          >
            ${this.toastText}
          </div>`:d}`}};var oe=class{constructor(n){this.reload=n}start(n){if(this.subscription)return;let e=n.subscribe(()=>this.reloadSoon());this.subscription=e,e.catch(()=>{this.subscription===e&&(this.subscription=void 0)})}reloadSoon(){window.clearTimeout(this.timer),this.timer=window.setTimeout(this.reload,300)}stop(){window.clearTimeout(this.timer);let n=this.subscription;this.subscription=void 0,n?.then(e=>e()).catch(()=>{})}};async function Ze(o){try{if(navigator.clipboard?.writeText)return await navigator.clipboard.writeText(o),!0}catch{}let n=document.createElement("textarea");n.value=o,n.setAttribute("readonly",""),n.style.position="fixed",n.style.opacity="0",document.body.appendChild(n),n.select();let e=!1;try{e=document.execCommand("copy")}catch{e=!1}return n.remove(),e}function ss(){return typeof navigator.share=="function"}async function zt(o){try{return await navigator.share(o),!0}catch{return!1}}function Y(o,n=24){return j`<svg class="icon" viewBox="0 0 24 24" width=${n} height=${n} aria-hidden="true"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"
    >${o}</svg>`}var rs=o=>Y(j`<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/>
    <path d="M12 14.5v2"/>`,o),os=o=>Y(j`<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 7.7-1.5"/>
    <path d="M12 14.5v2"/>`,o),Ut=o=>Y(j`<path d="M6 21V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v17"/><path d="M3.5 21h17"/>
    <path d="M14.5 12.5h.01"/>`,o),Je=o=>Y(j`<circle cx="18" cy="5.5" r="2.5"/><circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="18.5" r="2.5"/>
    <path d="M8.2 10.8l7.6-4.1M8.2 13.2l7.6 4.1"/>`,o),is=o=>Y(j`<circle cx="7.5" cy="15.5" r="4"/><path d="M10.5 12.5 20 3M16.5 6.5l2.5 2.5M14 9l2 2"/>`,o),as=o=>Y(j`<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a1 1 0 0 1 1-1h9"/>`,o),ls=o=>Y(j`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,o);var Nr=new Set(["always","in_window","emergency","outside_schedule","use_limit_reached","admin","automation","unattributed_allowed"]),Lr=1;function ds(o,n){if(o.status)return o.status;if(o.revoked_at)return"revoked";let e=n.getTime();return o.valid_until&&Date.parse(o.valid_until)<=e?"expired":Date.parse(o.valid_from)>e?"not_yet_valid":o.use_limit!==null&&o.uses>=o.use_limit?"used_up":"active"}function Xe(o){return o==="active"||o==="not_yet_valid"||o==="used_up"}function cs(o){return o.opens_now||o.reasons.some(n=>Nr.has(n.code))}function hs(o){return typeof o.may_share=="boolean"?o.may_share:o.reasons.some(n=>n.key!==null&&(n.key.kind==="grant"||n.key.kind==="bundle"))}function us(o,n){if(!n.entity_id)return!1;let e=o.states?.[n.entity_id]?.attributes.supported_features;return typeof e=="number"&&(e&Lr)!==0}function ps(o,n){return n.entity_id?o.states?.[n.entity_id]?.state:void 0}function gs(o){return o.reasons.find(n=>!n.opens)?.message||void 0}function Vt(o,n,e){switch(o){case"today":return xe(n,e);case"day":return new Date(n.getTime()+24*3600*1e3);case"week":return new Date(n.getTime()+168*3600*1e3)}}function Qe(o,n){return ge(o,n)}function D(o,n,e,t){if(!n)return"";if(!O(n,t))return n;let s=Hn(o,n,t),r=Vn(n,e,t);return r===0||r===1?`${new Intl.RelativeTimeFormat(o,{numeric:"auto"}).format(r,"day")} ${s}`:r>1&&r<7?`${zn(o,n,t)} ${s}`:b(o,n,t)}function ms(o){let n=window.location.origin;return o.startsWith("/")&&n&&n!=="null"?`${n}${o}`:o}var Ar=new Set(["locked","unlocked","locking","unlocking","open","opening","jammed","unavailable","unknown"]),Pr={locked:"ok",unlocked:"warn",open:"warn",jammed:"bad",unavailable:"bad"};function ks(o,n){let e=(l,c={})=>m(n.language,l,c),t=ps(n.hass,o),s=n.busy!==void 0,r=us(n.hass,o),a=(l,c,h,u,p,k)=>i`<button type="button" class="big ${p?"":"secondary-action"}" data-test=${c}
      ?disabled=${s||!k} aria-busy=${n.busy===l?"true":"false"}
      @click=${()=>n.operate(o,l)}>
      ${n.busy===l?i`<span class="spinner" aria-hidden="true"></span>`:u}
      ${n.busy===l?e(`keys.busy_${l}`):h}
    </button>`;return i`
    <article class="card door" data-test="door-card" data-id=${o.door_id}
      data-opens=${o.opens_now?"true":"false"} aria-busy=${s?"true":"false"}>
      <header class="door-head">
        <span class="door-icon ${o.opens_now?"open":""}">${Ut(26)}</span>
        <h2>${o.door_name}</h2>
        ${t?i`<span class="chip ${Pr[t]??""}" data-test="door-state">
              ${Ar.has(t)?e(`keys.state_${t}`):t}
            </span>`:d}
      </header>
      ${Ir(o,n,e)}
      <div class="door-actions ${r?"three":""}">
        ${a("unlock","door-open",e("keys.unlock"),os(20),!0,o.opens_now)}
        ${a("lock","door-lock",e("keys.lock"),rs(20),!1,cs(o))}
        ${r?a("open","door-unlatch",e("keys.open"),Ut(20),!1,o.opens_now):d}
      </div>
      ${n.error?i`<p class="error door-error" role="alert" data-test="error">${n.error}</p>`:d}
      ${n.sharing&&hs(o)?i`<div class="door-share">
            <button type="button" class="share-button" data-test="share-open"
              @click=${()=>n.share(o)}>
              ${Je(20)} ${e("keys.share")}
            </button>
          </div>`:d}
    </article>
  `}function Ir(o,n,e){if(o.opens_now)return i`<p class="door-when ok">${e("keys.opens_now")}</p>`;let t=gs(o);return i`
    <p class="door-when closed" data-test="door-next">
      ${ls(18)}
      <span>${o.opens_next?e("keys.opens_next",{when:o.opens_next_text||D(n.locale,o.opens_next,n.now,n.zone)}):e("keys.opens_never")}</span>
    </p>
    ${t?i`<p class="secondary door-reason">${t}</p>`:d}
  `}var vs=g`
  .card.door {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .door-head {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .door-head h2 {
    flex: 1;
    margin: 0;
    font-size: 20px;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .door-icon {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 44px;
    height: 44px;
    border-radius: 50%;
    flex: none;
    color: var(--secondary-text-color);
    background: var(--secondary-background-color);
  }
  .door-icon.open {
    color: var(--primary-color);
    background: color-mix(in srgb, var(--primary-color) 15%, transparent);
  }
  .door-when {
    margin: 0;
    font-size: 15px;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .door-when.ok {
    color: var(--success-color, #43a047);
  }
  .door-when.closed {
    color: var(--warning-color, #ffa600);
    font-weight: 500;
  }
  .door-reason {
    margin: -4px 0 0;
  }
  .door-actions {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 10px;
    margin-top: 4px;
  }
  /* With Open as well, Unlock gets the whole first row: the one most tapped, biggest. */
  .door-actions.three > :first-child {
    grid-column: 1 / -1;
  }
  .door-actions button.big {
    min-height: 56px;
    min-width: 0;
    font-size: 17px;
    padding: 0 12px;
    border-radius: 28px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .door-error {
    margin: 0;
  }
  .door-share {
    border-top: 1px solid var(--divider-color);
    margin: 2px -16px -8px;
    padding: 6px 8px 0;
  }
  .share-button {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 48px;
    padding: 0 12px;
    border: none;
    background: transparent;
    color: var(--primary-color);
    font-size: 15px;
  }
`;var et=class{constructor(n){this.api=n}myKeys(n){return this.api.call("my_keys/list",{language:n})}operate(n,e){return this.api.call("my_keys/operate",{door:n,action:e})}myShares(){return this.api.call("shares/list")}share(n,e,t){let s={...n,kind:e};return e==="user"&&(s.user_id=t),this.api.call("shares/add",s)}sharePin(n,e){return this.api.call("shares/add_pin",{...n,pin:e})}revoke(n){return this.api.call("shares/revoke",{share_id:n})}};var U=g`
  /* The heading above each card: "My keys", "My PIN code", an organisation. */
  .section-title {
    font-size: 14px;
    font-weight: 500;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--secondary-text-color);
    margin: 24px 4px 10px;
  }
  .icon {
    flex: none;
  }
  .spinner {
    display: inline-block;
    width: 16px;
    height: 16px;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
    vertical-align: -3px;
    margin-inline-end: 8px;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  button.big {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
  }
  @media (max-width: 600px) {
    .dialog-backdrop.sheet {
      align-items: flex-end;
      padding: 0;
    }
    .dialog-backdrop.sheet .dialog {
      width: 100%;
      max-height: calc(100% - 24px);
      border-radius: 16px 16px 0 0;
      padding: 20px 16px calc(16px + env(safe-area-inset-bottom, 0px));
    }
    .dialog-backdrop.sheet .actions {
      display: grid;
      grid-template-columns: 1fr 1fr;
    }
    .dialog-backdrop.sheet .actions button:only-child {
      grid-column: 1 / -1;
    }
  }
`;var Kt=class extends _{constructor(){super();this._notices=new oe(()=>{this.load()});this._loadSequence=0;this._busy=!1,this._now=new Date}static{this.properties={hass:{attribute:!1},api:{attribute:!1},language:{attribute:!1},locale:{attribute:!1},_organisation:{state:!0},_giving:{state:!0},_taking:{state:!0},_busy:{state:!0},_error:{state:!0},_now:{state:!0}}}static{this.styles=[f,U,g`
      :host {
        display: block;
        min-height: 0;
        background: transparent;
      }
      .org-name {
        font-size: 18px;
        font-weight: 500;
        margin: 0 0 8px;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0 0 10px;
      }
      .chips .chip {
        line-height: 28px;
        border-radius: 14px;
        padding: 0 10px;
        font-size: 14px;
      }
      .terms {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 12px;
        margin: 0 0 16px;
        font-size: 14px;
      }
      .terms dt {
        color: var(--secondary-text-color);
      }
      .terms dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .give {
        width: 100%;
      }
      h3 {
        font-size: 15px;
        font-weight: 500;
        margin: 20px 0 4px;
      }
      ul.staff {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li.member {
        padding: 12px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      li.member:last-child {
        border-bottom: none;
      }
      .member-head {
        display: flex;
        align-items: center;
        gap: 8px;
        flex-wrap: wrap;
        font-size: 16px;
        overflow-wrap: anywhere;
      }
      .member-head strong {
        flex: 1 1 auto;
        font-weight: 500;
      }
      .member-head button {
        min-height: 44px;
      }
      .key {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 8px 0 0;
      }
      .key-main {
        flex: 1;
        min-width: 0;
        display: grid;
        gap: 2px;
      }
      .key button {
        flex: none;
        min-height: 44px;
      }
      .no-key {
        margin: 4px 0 0;
      }
      .clip {
        font-size: 14px;
        line-height: 1.4;
        margin: 0 0 12px;
        padding: 10px 12px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--primary-color) 12%, transparent);
      }
      .hint {
        font-size: 13px;
        color: var(--secondary-text-color);
        margin: 4px 0 0;
      }
      .checks {
        display: grid;
        gap: 4px;
        margin: 4px 0 8px;
      }
      .checks label.inline {
        min-height: 44px;
        margin: 0;
        font-size: 16px;
      }
      .two {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 150px), 1fr));
        gap: 0 12px;
      }
    `]}t(e,t={}){return m(this.language,e,t)}when(e){return D(this.locale,e,this._now,$(this.hass))}connectedCallback(){super.connectedCallback(),this.api&&this.watch()}disconnectedCallback(){super.disconnectedCallback(),this.stopWatching()}willUpdate(e){super.willUpdate(e),e.has("api")&&this.api&&this.isConnected&&this.api!==this._watched&&(this.stopWatching(),this.watch())}watch(){this._watched=this.api,this.load(),this._notices.start(this.api)}stopWatching(){this._notices.stop(),this._watched=void 0}async load(){let e=++this._loadSequence,t;try{t=await this.api.call("my_organisation/get")}catch{t=void 0}e===this._loadSequence&&(this._organisation=t,this._now=new Date,t||(this._giving=void 0,this._taking=void 0))}toast(e){this.dispatchEvent(new CustomEvent("my-org-toast",{detail:e}))}periodText(e,t){return e&&Date.parse(e)>this._now.getTime()?t?this.t("myorg.period_from_until",{from:this.when(e),until:this.when(t)}):this.t("myorg.period_from",{from:this.when(e)}):t?this.t("myorg.period_until",{until:this.when(t)}):this.t("myorg.period_open")}render(){let e=this._organisation;if(!e)return d;let t=[...e.staff].sort((s,r)=>s.name.localeCompare(r.name,this.locale,{sensitivity:"base"}));return i`
      <h2 class="section-title">${this.t("myorg.title")}</h2>
      <section class="card" data-test="my-org" data-id=${e.organisation_id}>
        <p class="org-name">${e.name}</p>
        <div class="chips" aria-label=${this.t("myorg.doors")}>
          ${e.doors.length?e.doors.map(s=>i`<span class="chip" data-test="my-org-door" data-id=${s.door_id}
                  >${s.name}</span>`):i`<span class="secondary">${this.t("myorg.no_doors")}</span>`}
        </div>
        <dl class="terms">
          <dt>${this.t("myorg.period")}</dt>
          <dd>${this.periodText(e.valid_from,e.valid_until)}</dd>
          <dt>${this.t("myorg.hours")}</dt>
          <dd>${e.schedule?e.schedule_text:this.t("myorg.any_time")}</dd>
        </dl>
        <button type="button" class="big give" data-test="my-org-give"
          ?disabled=${!e.doors.length||!t.length}
          @click=${()=>this.startGiving("")}>${this.t("myorg.give")}</button>
        <h3>${E(this.language,this.locale,"myorg.staff",t.length)}</h3>
        ${t.length?i`<ul class="staff">${t.map(s=>this.renderMember(s))}</ul>`:i`<p class="secondary">${this.t("myorg.no_staff")}</p>`}
      </section>
      ${this._giving?this.renderGive(e,t,this._giving):d}
      ${this._taking?this.renderTake(this._taking):d}
    `}renderMember(e){return i`<li class="member" data-test="my-org-staff" data-id=${e.person_id}>
      <div class="member-head">
        <strong>${e.name}</strong>
        ${e.manager?i`<span class="chip">${this.t("myorg.manager")}</span>`:d}
        <button type="button" class="secondary-action" data-test="my-org-give-to"
          data-id=${e.person_id} ?disabled=${!this._organisation?.doors.length}
          aria-label=${this.t("myorg.give_to",{name:e.name})}
          @click=${()=>this.startGiving(e.person_id)}>${this.t("myorg.give_short")}</button>
      </div>
      ${e.keys.length?e.keys.map(t=>this.renderKey(e,t)):i`<p class="secondary no-key">${this.t("myorg.no_key")}</p>`}
    </li>`}renderKey(e,t){let s=t.schedule?t.schedule_text:"";return i`<div class="key" data-test="my-org-key" data-id=${t.grant_id}
      data-door=${t.door_id??""}>
      <div class="key-main">
        <span>${t.name??this.t("myorg.unknown_door")}</span>
        <span class="secondary">${this.periodText(t.valid_from,t.valid_until)}</span>
        ${s?i`<span class="secondary">${s}</span>`:d}
      </div>
      <button type="button" class="secondary-action" data-test="my-org-take"
        data-id=${t.grant_id} aria-label=${this.t("myorg.take_named",{name:e.name,door:t.name??""})}
        @click=${()=>{this._error=void 0,this._taking={member:e,key:t},this.toast("")}}>${this.t("myorg.take")}</button>
    </div>`}startGiving(e){this._error=void 0;let t=this._organisation?.doors??[],s=t.length===1&&!this._organisation?.bundles.length?t[0]:void 0;this._giving={person:e,doors:new Set(s?[s.door_id]:[]),bundles:new Set,from:"",until:"",mayShare:!1,shareLimit:"1"},this.toast("")}clipText(e){let t=e.schedule?e.schedule_text:"",s=e.valid_until?this.when(e.valid_until):"";return s&&t?this.t("myorg.clip_until_hours",{name:e.name,until:s,hours:t}):s?this.t("myorg.clip_until",{name:e.name,until:s}):t?this.t("myorg.clip_hours",{name:e.name,hours:t}):this.t("myorg.clip_doors",{name:e.name})}renderGive(e,t,s){let r=l=>this._giving={...s,...l},a=(l,c,h)=>{let u=new Set(l);return h?u.add(c):u.delete(c),u};return i`
      <div class="dialog-backdrop sheet" @click=${l=>{l.target===l.currentTarget&&!this._busy&&(this._giving=void 0)}}>
        <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="give-title"
          data-test="my-org-give-dialog"
          @keydown=${l=>{l.key==="Escape"&&!this._busy&&(this._giving=void 0)}}>
          <h2 id="give-title">${this.t("myorg.give_title")}</h2>
          <p class="clip" data-test="my-org-clip">${this.clipText(e)}</p>
          <form novalidate @submit=${l=>{l.preventDefault(),this.give()}}>
            <label for="person">${this.t("myorg.person")}</label>
            <select id="person" data-test="my-org-person" .value=${s.person}
              @change=${l=>r({person:l.target.value})}>
              <option value="" ?selected=${s.person===""}>${this.t("myorg.person_choose")}</option>
              ${t.map(l=>i`<option value=${l.person_id}
                  ?selected=${s.person===l.person_id}>${l.name}</option>`)}
            </select>
            <label>${this.t("myorg.doors")}</label>
            <div class="checks" role="group" aria-label=${this.t("myorg.doors")}>
              ${e.doors.map(l=>i`<label class="inline">
                  <input type="checkbox" data-test="my-org-doors" data-id=${l.door_id}
                    .checked=${s.doors.has(l.door_id)}
                    @change=${c=>r({doors:a(s.doors,l.door_id,c.target.checked)})} />
                  ${l.name}
                </label>`)}
            </div>
            ${e.bundles.length?i`<label>${this.t("myorg.bundles")}</label>
                  <div class="checks" role="group" aria-label=${this.t("myorg.bundles")}>
                    ${e.bundles.map(l=>i`<label class="inline">
                        <input type="checkbox" data-test="my-org-bundles" data-id=${l.bundle_id}
                          .checked=${s.bundles.has(l.bundle_id)}
                          @change=${c=>r({bundles:a(s.bundles,l.bundle_id,c.target.checked)})} />
                        ${l.name}
                      </label>`)}
                  </div>`:d}
            <div class="two">
              <div>
                <label for="from">${this.t("myorg.from")}</label>
                <input id="from" type="datetime-local" data-test="my-org-from" .value=${s.from}
                  @input=${l=>r({from:l.target.value})} />
              </div>
              <div>
                <label for="until">${this.t("myorg.until")}</label>
                <input id="until" type="datetime-local" data-test="my-org-until" .value=${s.until}
                  @input=${l=>r({until:l.target.value})} />
              </div>
            </div>
            <p class="hint">
              ${e.valid_until?this.t("myorg.window_hint_until",{until:this.when(e.valid_until)}):this.t("myorg.window_hint_open")}
            </p>
            ${this.renderSharing(e,s,r)}
            ${this._error?i`<p class="error" role="alert" data-test="error">${this._error}</p>`:d}
            <div class="actions">
              <button type="button" class="secondary-action big" ?disabled=${this._busy}
                @click=${()=>this._giving=void 0}>${this.t("myorg.cancel")}</button>
              <button type="submit" class="big" data-test="my-org-save" ?disabled=${this._busy}>
                ${this._busy?i`<span class="spinner" aria-hidden="true"></span>`:d}
                ${this.t("myorg.give_save")}
              </button>
            </div>
          </form>
        </div>
      </div>
    `}renderSharing(e,t,s){return!e.may_share||e.share_limit<1?d:i`
      <div class="checks">
        <label class="inline">
          <input type="checkbox" data-test="my-org-may-share" .checked=${t.mayShare}
            @change=${r=>s({mayShare:r.target.checked})} />
          ${this.t("myorg.may_share")}
        </label>
      </div>
      ${t.mayShare?i`<label for="share-limit">${this.t("myorg.share_limit")}</label>
            <input id="share-limit" type="number" inputmode="numeric" min="1"
              max=${e.share_limit} data-test="my-org-share-limit" .value=${t.shareLimit}
              @input=${r=>s({shareLimit:r.target.value})} />
            <p class="hint">${E(this.language,this.locale,"myorg.share_limit_hint",e.share_limit)}</p>`:d}
    `}giveMessage(e){if(!e.person)return this.t("myorg.person_needed");if(!e.doors.size&&!e.bundles.size)return this.t("myorg.doors_needed");let t={person_ids:[e.person]};e.doors.size&&(t.doors=[...e.doors]),e.bundles.size&&(t.bundle_ids=[...e.bundles]);let s=$(this.hass),r=e.from?P(e.from,s):void 0,a=e.until?P(e.until,s):void 0;if(e.from&&(!r||Number.isNaN(r.getTime())))return this.t("myorg.invalid_from");if(e.until&&(!a||Number.isNaN(a.getTime())))return this.t("myorg.invalid_until");if(a&&a.getTime()<=Math.max(Date.now(),r?.getTime()??0))return this.t("myorg.until_in_past");r&&r.getTime()>Date.now()&&(t.valid_from=r.toISOString()),a&&(t.valid_until=a.toISOString());let l=this._organisation;if(l?.may_share&&l.share_limit>0&&(t.may_share=e.mayShare,e.mayShare)){let c=Number(e.shareLimit);if(!Number.isInteger(c)||c<1||c>l.share_limit)return E(this.language,this.locale,"myorg.share_limit_hint",l.share_limit);t.share_limit=c}return t}async give(){let e=this._giving,t=this._organisation;if(!e||!t||this._busy)return;let s=this.giveMessage(e);if(typeof s=="string"){this._error=s;return}this._busy=!0,this._error=void 0;try{let r=await this.api.call("my_organisation/grant",s);this._giving=void 0;let a=t.staff.find(l=>l.person_id===e.person)?.name??"";this.toast(this.givenText(a,r.keys)),await this.load()}catch(r){this._error=x(this.hass,r)}finally{this._busy=!1}}givenText(e,t){let s=t.map(l=>l.name??"").filter(Boolean).join(", "),r=t[0];if(!r)return this.t("myorg.given_plain",{name:e});let a=[this.periodText(r.valid_from,r.valid_until)];return r.schedule&&a.push(r.schedule_text),this.t("myorg.given",{name:e,doors:s,terms:a.join(" · ")})}renderTake(e){let t=e.key.name??this.t("myorg.unknown_door");return i`
      <div class="dialog-backdrop sheet" @click=${s=>{s.target===s.currentTarget&&!this._busy&&(this._taking=void 0)}}>
        <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="take-title"
          @keydown=${s=>{s.key==="Escape"&&!this._busy&&(this._taking=void 0)}}>
          <h2 id="take-title">${this.t("myorg.take_title",{name:e.member.name,door:t})}</h2>
          <p>${this.t("myorg.take_body",{name:e.member.name,door:t})}</p>
          ${this._error?i`<p class="error" role="alert" data-test="error">${this._error}</p>`:d}
          <div class="actions">
            <button type="button" class="secondary-action big" ?disabled=${this._busy}
              @click=${()=>this._taking=void 0}>${this.t("myorg.cancel")}</button>
            <button type="button" class="danger big" data-test="confirm-yes" ?disabled=${this._busy}
              @click=${()=>{this.take()}}>
              ${this._busy?i`<span class="spinner" aria-hidden="true"></span>`:d}
              ${this.t("myorg.take")}
            </button>
          </div>
        </div>
      </div>
    `}async take(){let e=this._taking;if(!(!e||this._busy)){this._busy=!0,this._error=void 0;try{await this.api.call("my_organisation/revoke",{grant_ids:[e.key.grant_id]}),this._taking=void 0,this.toast(this.t("myorg.taken",{name:e.member.name,door:e.key.name??""})),await this.load()}catch(t){this._error=x(this.hass,t)}finally{this._busy=!1}}}};customElements.get("digitalkey-my-organisation")||customElements.define("digitalkey-my-organisation",Kt);var Rr=/^[0-9]+$/,Ft=class extends _{static{this.properties={hass:{attribute:!1},api:{attribute:!1},language:{attribute:!1},locale:{attribute:!1},credentials:{attribute:!1},allowed:{attribute:!1},minLength:{attribute:!1},_pin:{state:!0},_shown:{state:!0},_removing:{state:!0},_busy:{state:!0},_error:{state:!0}}}constructor(){super(),this.credentials=[],this.allowed=!1,this.minLength=6,this._pin="",this._shown="",this._busy=!1,this._error=""}static{this.styles=[f,U,g`
      :host {
        display: block;
        min-height: 0;
        background: transparent;
      }
      ul {
        list-style: none;
        margin: 0 0 8px;
        padding: 0;
      }
      li {
        display: flex;
        gap: 12px;
        align-items: center;
        justify-content: space-between;
        padding: 8px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      li:last-child {
        border-bottom: 0;
      }
      .blocked {
        color: var(--error-color, #b3261e);
      }
      .pin {
        font-family: var(--code-font-family, monospace);
        font-size: 44px;
        font-weight: 500;
        letter-spacing: 0.18em;
        text-align: center;
        padding: 16px 0;
        border-radius: 8px;
        background: var(--secondary-background-color);
        margin: 8px 0 12px;
      }
      .choose {
        display: grid;
        gap: 8px;
        margin-top: 8px;
      }
      .choose p {
        margin: 0;
      }
      .choose input {
        font-size: 20px;
        letter-spacing: 0.1em;
      }
      .row {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
      }
      .row button {
        flex: 1 1 140px;
        min-height: 44px;
      }
    `]}t(n,e={}){return m(this.language,n,e)}get pins(){return this.credentials.filter(n=>n.kind==="pin")}get usablePin(){return this.pins.find(n=>!n.blocked_at)}render(){if(!this.allowed&&!this.credentials.length)return d;let n=this.credentials.some(e=>e.kind==="tag");return i`
      <h2 class="section-title">${this.t(n?"keys.pin.title_tags":"keys.pin.title")}</h2>
      <section class="card" data-test="my-pin">
        ${this.credentials.length?i`<ul>
              ${this.credentials.map(e=>this.renderCredential(e))}
            </ul>`:d}
        ${this._shown?this.renderShown():this.renderAdd()}
        ${this._error?i`<p class="error" role="alert" data-test="error">${this._error}</p>`:d}
      </section>
    `}renderCredential(n){let e=n.kind==="pin"?this.t("keys.pin.pin"):this.t("keys.pin.tag",{hint:n.hint??""}),t=this.t("keys.pin.added_at",{when:D(this.locale,n.created_at,new Date,$(this.hass))}),s=[n.label,t].filter(Boolean).join(" · "),r=this._removing?.credential_id===n.credential_id;return i`<li data-test="my-credential" data-kind=${n.kind}>
      <div>
        <div>${e}</div>
        <div class="secondary">${s}</div>
        ${n.blocked_at?i`<div class="secondary blocked">
              ${this.t("keys.pin.blocked",{when:D(this.locale,n.blocked_at,new Date,$(this.hass))})}
            </div>`:d}
        ${r?i`<p>${this.t(this.allowed?"keys.pin.remove_confirm":"keys.pin.remove_confirm_board")}</p>`:d}
      </div>
      ${n.kind==="pin"&&!n.blocked_at?r?i`<div class="row">
              <button type="button" class="secondary-action" ?disabled=${this._busy}
                @click=${()=>this._removing=void 0}>${this.t("keys.cancel")}</button>
              <button type="button" class="danger" data-test="my-pin-remove-yes" ?disabled=${this._busy}
                @click=${()=>{this.removeCredential(n)}}>${this.t("keys.pin.remove")}</button>
            </div>`:i`<button type="button" class="secondary-action" data-test="my-pin-remove"
              @click=${()=>{this._error="",this._removing=n}}>${this.t("keys.pin.remove")}</button>`:d}
    </li>`}renderAdd(){return this.usablePin?this.allowed?i`<p class="secondary">${this.t("keys.pin.change_hint")}</p>`:d:this.allowed?i`<div class="choose">
      <p>${this.t("keys.pin.none")}</p>
      <label for="my-pin">${this.t("keys.pin.choose_label")}</label>
      <input id="my-pin" data-test="my-pin-input" type="password" inputmode="numeric"
        autocomplete="off" minlength=${this.minLength} maxlength="12" .value=${this._pin}
        @input=${n=>this._pin=n.target.value}
        @keydown=${n=>{n.key==="Enter"&&this.addChosen()}} />
      <p class="secondary">${this.t("keys.pin.hint",{min:this.minLength})}</p>
      <div class="row">
        <button type="button" data-test="my-pin-save" ?disabled=${this._busy||!this._pin}
          @click=${()=>{this.addChosen()}}>${this.t("keys.pin.use")}</button>
        <button type="button" class="secondary-action" data-test="my-pin-random" ?disabled=${this._busy}
          @click=${()=>{this.addRandom()}}>${this.t("keys.pin.random")}</button>
      </div>
    </div>`:this.pins.length?i`<p class="secondary">${this.t("keys.pin.ask_board")}</p>`:d}renderShown(){return i`<p>${this.t("keys.pin.shown")}</p>
      <div class="pin" data-test="my-pin-shown" aria-label=${this._shown.split("").join(" ")}>${this._shown}</div>
      <div class="row">
        <button type="button" data-test="my-pin-done" @click=${()=>{this._shown=""}}>${this.t("keys.pin.done")}</button>
      </div>`}async addChosen(){let n=this._pin.trim();if(!(this._busy||!n)){if(!Rr.test(n)||n.length<this.minLength){this._error=this.t("keys.pin.bad",{min:this.minLength});return}await this.run(async()=>{await this.api.call("my_pin/add",{pin:n}),this.toast(this.t("keys.pin.added"))}),this._pin=""}}async addRandom(){this._busy||await this.run(async()=>{let n={};this.api.entry!==void 0&&(n.config_entry_id=this.api.entry);let e=await this.hass.callWS({type:"call_service",domain:"digitalkey",service:"add_my_pin",service_data:n,return_response:!0});this._shown=e.response?.pin??""})}async removeCredential(n){await this.run(async()=>{await this.api.call("my_credentials/remove",{credential_id:n.credential_id}),this._removing=void 0,this.toast(this.t("keys.pin.removed"))})}async run(n){this._busy=!0,this._error="";try{await n(),this.dispatchEvent(new CustomEvent("my-pin-changed",{bubbles:!0,composed:!0}))}catch(e){this._error=x(this.hass,e)}finally{this._busy=!1}}toast(n){this.dispatchEvent(new CustomEvent("my-pin-toast",{detail:n,bubbles:!0,composed:!0}))}};customElements.get("digitalkey-my-pin")||customElements.define("digitalkey-my-pin",Ft);var Cr={link:"link",pin:"pin",ha_user:"user"},Mr=["en","nb","da","nl"],Gt=class extends _{constructor(){super();this.opener=null;this._kind="link",this._who="",this._userId="",this._pinChosen=!1,this._pin="",this._until="day",this._untilValue="",this._startLater=!1,this._fromValue="",this._uses="",this._notify=!1,this._guestLanguage="",this._busy=!1,this._error=void 0,this._result=void 0,this._copied=!1}static{this.properties={hass:{attribute:!1},api:{attribute:!1},door:{attribute:!1},language:{attribute:!1},locale:{attribute:!1},_kind:{state:!0},_who:{state:!0},_userId:{state:!0},_pinChosen:{state:!0},_pin:{state:!0},_until:{state:!0},_untilValue:{state:!0},_startLater:{state:!0},_fromValue:{state:!0},_uses:{state:!0},_notify:{state:!0},_guestLanguage:{state:!0},_busy:{state:!0},_error:{state:!0},_result:{state:!0},_copied:{state:!0}}}static{this.styles=[f,U,g`
      :host {
        display: contents;
        min-height: 0;
      }
      .kinds {
        margin-bottom: 4px;
      }
      /* A hint belongs to the field above it: a gap before the next field's label. */
      .hint {
        font-size: 13px;
        color: var(--secondary-text-color);
        margin: 4px 0 12px;
      }
      .quick {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 4px 0 8px;
      }
      .quick button {
        min-height: 40px;
        background: transparent;
        color: var(--primary-text-color);
        border-color: var(--divider-color);
      }
      .quick button[aria-pressed="true"] {
        background: color-mix(in srgb, var(--primary-color) 18%, transparent);
        border-color: var(--primary-color);
        color: var(--primary-text-color);
      }
      .two {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 12px;
      }
      .checks {
        display: grid;
        gap: 12px;
        margin: 16px 0 4px;
      }
      .left {
        font-size: 14px;
        margin: 0 0 12px;
        padding: 10px 12px;
        border-radius: 8px;
        background: var(--secondary-background-color);
      }
      .left.none {
        background: color-mix(in srgb, var(--error-color, #db4437) 15%, transparent);
      }
      .url {
        font-family: var(--code-font-family, monospace);
        font-size: 14px;
        word-break: break-all;
        padding: 12px;
        border-radius: 8px;
        background: var(--secondary-background-color);
        user-select: all;
      }
      .pin {
        font-family: var(--code-font-family, monospace);
        font-size: 44px;
        font-weight: 500;
        letter-spacing: 0.18em;
        text-align: center;
        padding: 16px 0;
        border-radius: 8px;
        background: var(--secondary-background-color);
        user-select: all;
      }
      .once {
        font-weight: 500;
      }
      .note {
        font-size: 14px;
        padding: 10px 12px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--warning-color, #ffa600) 20%, transparent);
        margin: 12px 0 0;
      }
      .result-actions {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(120px, 1fr));
        gap: 8px;
        margin-top: 16px;
      }
      .result-actions button {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        gap: 8px;
      }
    `]}t(e,t={}){return m(this.language,e,t)}get zone(){return $(this.hass)}willUpdate(e){super.willUpdate(e),!this._untilValue&&this._until!=="none"&&this._until!=="custom"&&this.hass&&(this._untilValue=Qe(Vt(this._until,new Date,this.zone),this.zone))}connectedCallback(){super.connectedCallback(),this.opener=B()}disconnectedCallback(){super.disconnectedCallback(),z(this.opener),this.opener=null}firstUpdated(e){super.firstUpdated(e),this.renderRoot.querySelector("[data-test=share-kind]")?.focus()}updated(e){super.updated(e),e.has("_result")&&this._result&&this.renderRoot.querySelector("[data-test=share-copy]")?.focus()}render(){let e=this._result?this.t("keys.share_result_title",{door:this.door.door_name}):this.t("keys.share_title",{door:this.door.door_name});return i`
      <div class="dialog-backdrop sheet" @click=${this.backdropClick}>
        <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="share-title"
          @keydown=${this.keydown}>
          <h2 id="share-title">${e}</h2>
          ${this._result?this.renderResult(this._result):this.renderForm()}
        </div>
      </div>
    `}renderForm(){let e=this.door,t=e.has_keypad!==!1,s=e.shares_left,r=typeof s=="number"&&s<=0;return i`
      ${typeof s=="number"?i`<p class="left ${r?"none":""}" data-test="shares-left" data-left=${s}>
            ${r?E(this.language,this.locale,"keys.shares_none_left",e.share_limit??0):E(this.language,this.locale,"keys.shares_left",s)}
          </p>`:d}
      <form @submit=${this.submit} novalidate>
        <label for="kind">${this.t("keys.share_kind")}</label>
        <select id="kind" class="kinds" data-test="share-kind" .value=${this._kind}
          @change=${a=>this._kind=a.target.value}>
          <option value="link" ?selected=${this._kind==="link"}>${this.t("keys.kind_link")}</option>
          ${t?i`<option value="pin" ?selected=${this._kind==="pin"}>${this.t("keys.kind_pin")}</option>`:d}
          <option value="ha_user" ?selected=${this._kind==="ha_user"}>${this.t("keys.kind_user")}</option>
        </select>
        <p class="hint">${this.t(`keys.kind_${this._kind==="ha_user"?"user":this._kind}_hint`)}</p>

        <label for="who">${this.t("keys.share_who")}</label>
        <input id="who" data-test="share-who" maxlength="200" autocomplete="off"
          placeholder=${this.t("keys.share_who_placeholder")} .value=${this._who}
          @input=${a=>this._who=a.target.value} />
        <p class="hint">${this.t("keys.share_who_hint")}</p>

        ${this._kind==="ha_user"?this.renderUserField():d}
        ${this._kind==="pin"?this.renderPinFields():d}
        ${this.renderWindow()}

        <label for="uses">${this.t("keys.share_uses")}</label>
        <input id="uses" data-test="share-uses" type="number" inputmode="numeric" min="1" max="1000"
          step="1" placeholder=${this.t("keys.share_uses_placeholder")} .value=${this._uses}
          @input=${a=>this._uses=a.target.value} />

        ${this._kind==="link"?this.renderGuestLanguage():d}

        <div class="checks">
          <label class="inline">
            <input type="checkbox" data-test="share-notify" .checked=${this._notify}
              @change=${a=>this._notify=a.target.checked} />
            ${this.t("keys.share_notify")}
          </label>
        </div>

        ${this._error?i`<p class="error" role="alert" data-test="error">${this._error}</p>`:d}
        <div class="actions">
          <button type="button" class="secondary-action big" @click=${this.close}>
            ${this.t("keys.cancel")}
          </button>
          <button type="submit" class="big" data-test="share-create" ?disabled=${this._busy||r}>
            ${this._busy?i`<span class="spinner" aria-hidden="true"></span>`:d}
            ${this.t(this._kind==="pin"?"keys.share_create_pin":this._kind==="link"?"keys.share_create_link":"keys.share_create_user")}
          </button>
        </div>
      </form>
    `}renderUserField(){return i`
      <label for="user">${this.t("keys.share_user")}</label>
      <input id="user" data-test="share-user" autocomplete="off" autocapitalize="off"
        spellcheck="false" .value=${this._userId}
        @input=${e=>this._userId=e.target.value.trim()} />
      <p class="hint">${this.t("keys.share_user_hint")}</p>
    `}renderPinFields(){return i`
      <div class="checks">
        <label class="inline">
          <input type="radio" name="pin" data-test="share-pin-random" .checked=${!this._pinChosen}
            @change=${()=>this._pinChosen=!1} />
          ${this.t("keys.share_pin_random")}
        </label>
        <label class="inline">
          <input type="radio" name="pin" data-test="share-pin-chosen" .checked=${this._pinChosen}
            @change=${()=>this._pinChosen=!0} />
          ${this.t("keys.share_pin_chosen")}
        </label>
      </div>
      ${this._pinChosen?i`<label for="pin">${this.t("keys.share_pin")}</label>
            <input id="pin" data-test="share-pin" inputmode="numeric" autocomplete="off"
              maxlength="8" pattern="[0-9]*" .value=${this._pin}
              @input=${e=>{let t=e.target;this._pin=t.value.replace(/\D/g,""),t.value=this._pin}} />
            <p class="hint">${this.t("keys.share_pin_hint")}</p>`:d}
    `}renderWindow(){let e=[["today","keys.until_today"],["day","keys.until_day"],["week","keys.until_week"],["none","keys.until_none"]];return i`
      <label for="until">${this.t("keys.share_until")}</label>
      <div class="quick" role="group" aria-label=${this.t("keys.share_until")}>
        ${e.map(([t,s])=>i`<button type="button" data-test="share-until-${t}"
            aria-pressed=${this._until===t?"true":"false"}
            @click=${()=>this.chooseUntil(t)}>${this.t(s)}</button>`)}
      </div>
      ${this._until==="none"?i`<p class="hint">${this.t("keys.until_none_hint")}</p>`:i`<input id="until" data-test="share-until" type="datetime-local"
            .value=${this._untilValue}
            @input=${t=>{this._untilValue=t.target.value,this._until="custom"}} />`}
      <div class="checks">
        <label class="inline">
          <input type="checkbox" data-test="share-later" .checked=${this._startLater}
            @change=${t=>{this._startLater=t.target.checked,this._startLater&&!this._fromValue&&(this._fromValue=Qe(new Date,this.zone))}} />
          ${this.t("keys.share_later")}
        </label>
      </div>
      ${this._startLater?i`<label for="from">${this.t("keys.share_from")}</label>
            <input id="from" data-test="share-from" type="datetime-local" .value=${this._fromValue}
              @input=${t=>this._fromValue=t.target.value} />`:d}
    `}renderGuestLanguage(){return i`
      <label for="guest-language">${this.t("keys.share_language")}</label>
      <select id="guest-language" data-test="share-language" .value=${this._guestLanguage}
        @change=${e=>this._guestLanguage=e.target.value}>
        <option value="" ?selected=${this._guestLanguage===""}>${this.t("keys.share_language_building")}</option>
        ${Mr.map(e=>i`<option value=${e} ?selected=${this._guestLanguage===e}>
            ${this.t(`keys.language_${e}`)}</option>`)}
      </select>
    `}renderResult(e){let t=e.share,s=t.label?.trim(),r=c=>s?this.t(c,{who:s}):this.t(`${c}_anon`),a=this.windowText(t),l=this.secretOf(e);return i`
      <div data-test="share-result">
        ${e.kind==="link"&&l?i`<p class="once">${r("keys.result_link")}</p>
              <div class="url" data-test="share-url">${l}</div>`:d}
        ${e.kind==="pin"&&l?i`<p class="once">${r("keys.result_pin")}</p>
              <div class="pin" data-test="share-pin-shown" aria-label=${l.split("").join(" ")}>${l}</div>`:d}
        ${e.kind==="pin"&&!l?i`<p>${this.t("keys.result_pin_chosen")}</p>`:d}
        ${e.kind==="ha_user"?i`<p>${r("keys.result_user")}</p>`:d}
        ${l?this.renderHandOn(e,l):d}
        <p class="secondary">${a}</p>
        ${t.use_limit?i`<p class="secondary">${E(this.language,this.locale,"keys.result_uses",t.use_limit)}</p>`:d}
        ${l&&e.kind!=="ha_user"?i`<p class="secondary">${this.t("keys.result_once")}</p>`:d}
        ${t.key_note?i`<p class="note" data-test="share-key-note">${t.key_note}</p>`:d}
        ${t.url_note?i`<p class="note">${t.url_note}</p>`:d}
        ${t.notify_on_use?t.notify_note?i`<p class="note" data-test="share-notify-note">${t.notify_note}</p>`:i`<p class="secondary" data-test="share-notifies">${this.t("keys.result_notifies")}</p>`:d}
      </div>
      <div class="actions">
        <button type="button" class="big" data-test="share-done" @click=${this.close}>
          ${this.t("keys.done")}
        </button>
      </div>
    `}renderHandOn(e,t){return i`
      <div class="result-actions">
        <button type="button" class="big secondary-action" data-test="share-copy" @click=${()=>this.copy(t)}>
          ${as(20)} ${this._copied?this.t("keys.copied"):this.t("keys.copy")}
        </button>
        ${ss()?i`<button type="button" class="big" data-test="share-send" @click=${()=>this.send(e,t)}>
              ${Je(20)} ${this.t("keys.send")}
            </button>`:d}
      </div>
    `}secretOf(e){return e.share.url?ms(e.share.url):e.share.pin??e.chosenPin}windowText(e){let t=new Date,s=Date.parse(e.valid_from)>t.getTime()+6e4?D(this.locale,e.valid_from,t,this.zone):void 0,r=e.valid_until?D(this.locale,e.valid_until,t,this.zone):void 0;return s&&r?this.t("keys.window_from_until",{from:s,until:r}):s?this.t("keys.window_from",{from:s}):r?this.t("keys.window_until",{until:r}):this.t("keys.window_open")}chooseUntil(e){this._until=e,e!=="none"&&e!=="custom"&&(this._untilValue=Qe(Vt(e,new Date,this.zone),this.zone))}terms(){let e={door:this.door.door_id,notify_on_use:this._notify},t=this._who.trim();t&&(e.label=t);let s;if(this._startLater&&this._fromValue){if(s=P(this._fromValue,this.zone),!s||Number.isNaN(s.getTime()))return this.t("keys.invalid_from");s.getTime()>Date.now()&&(e.valid_from=s.toISOString())}if(this._until!=="none"){let r=P(this._untilValue,this.zone);if(!r||Number.isNaN(r.getTime()))return this.t("keys.invalid_until");if(r.getTime()<=Math.max(Date.now(),s?.getTime()??0))return this.t("keys.until_in_past");e.valid_until=r.toISOString()}if(this._uses.trim()){let r=Number(this._uses);if(!Number.isInteger(r)||r<1||r>1e3)return this.t("keys.invalid_uses");e.use_limit=r}return this._kind==="ha_user"&&!this._userId?this.t("keys.user_needed"):this._kind==="pin"&&this._pinChosen&&!/^\d{4,8}$/.test(this._pin)?this.t("keys.pin_needed"):e}async submit(e){if(e.preventDefault(),this._busy)return;let t=this.terms();if(typeof t=="string"){this._error=t;return}this._busy=!0,this._error=void 0;let s=this._kind;try{let r,a;if(s==="pin"&&this._pinChosen)a=this._pin,r=await this.api.sharePin(t,a);else{let l=s==="link"&&this._guestLanguage?{...t,language:this._guestLanguage}:t;r=await this.api.share(l,Cr[s],this._userId)}this._pin="",this._result=a===void 0?{share:r,kind:s}:{share:r,kind:s,chosenPin:a},this.dispatchEvent(new CustomEvent("share-created",{detail:r}))}catch(r){this._error=x(this.hass,r)}finally{this._busy=!1}}async copy(e){this._copied=await Ze(e),this._copied||(this._error=this.t("keys.copy_failed"))}async send(e,t){let s=this.door.door_name;e.kind==="link"?await zt({title:s,text:this.t("keys.send_link_text",{door:s}),url:t}):await zt({title:s,text:this.t("keys.send_pin_text",{door:s,pin:t})})}backdropClick(e){e.target===e.currentTarget&&!this._result&&!this._busy&&this.close()}keydown(e){e.key==="Escape"&&!this._busy?this.close():H(e,this.renderRoot,e.currentTarget)}close(){this._result=void 0,this.dispatchEvent(new CustomEvent("share-closed"))}};customElements.get("digitalkey-share-dialog")||customElements.define("digitalkey-share-dialog",Gt);var Or={active:"ok",not_yet_valid:"",used_up:"warn",expired:"",revoked:"bad"};function tt(o,n){return n.label||m(o,`keys.kind_${n.kind}`)}function fs(o,n){let e=(a,l={})=>m(n.language,a,l),t=o.map(a=>({share:a,status:ds(a,n.now)})).sort((a,l)=>Date.parse(l.share.valid_from)-Date.parse(a.share.valid_from)),s=t.filter(a=>Xe(a.status)),r=t.filter(a=>!Xe(a.status));return t.length===0?i`<p class="empty" data-test="shares-empty">${e("keys.shares_empty")}</p>`:i`
    ${s.length===0?i`<p class="empty">${e("keys.shares_none_current")}</p>`:i`<ul class="shares">${s.map(a=>ys(a.share,a.status,n))}</ul>`}
    ${r.length>0?i`<button type="button" class="secondary-action ended-toggle" data-test="shares-ended"
            aria-expanded=${n.showEnded?"true":"false"} @click=${n.toggleEnded}>
            ${n.showEnded?e("keys.shares_hide_ended"):E(n.language,n.locale,"keys.shares_show_ended",r.length)}
          </button>
          ${n.showEnded?i`<ul class="shares ended">${r.map(a=>ys(a.share,a.status,n))}</ul>`:d}`:d}
  `}function ys(o,n,e){let t=(a,l={})=>m(e.language,a,l),s=a=>D(e.locale,a,e.now,e.zone),r=o.use_limit?t("keys.uses_of",{uses:o.uses.toLocaleString(e.locale),limit:o.use_limit.toLocaleString(e.locale)}):o.uses===0?t("keys.uses_none"):E(e.language,e.locale,"keys.uses",o.uses);return i`
    <li class="share" data-test="share-row" data-id=${o.share_id} data-status=${n}>
      <div class="share-main">
        <div class="share-title">
          <strong>${tt(e.language,o)}</strong>
          <span class="chip ${Or[n]}" data-test="share-status">${t(`keys.status_${n}`)}</span>
        </div>
        <div class="secondary">
          ${o.door_name??o.door_id} · ${t(`keys.kind_${o.kind}`)}
        </div>
        <div class="secondary">${Br(o,n,t,s)}</div>
        <div class="secondary">
          ${r}${o.last_used?i` · ${t("keys.last_used",{when:s(o.last_used)})}`:d}
          ${o.notify_on_use&&!o.notify_note?i` · ${t("keys.notifies")}`:d}
        </div>
        ${o.notify_on_use&&o.notify_note?i`<div class="secondary" data-test="share-notify-note">${o.notify_note}</div>`:d}
      </div>
      ${Xe(n)?i`<button type="button" class="secondary-action revoke" data-test="share-revoke"
            @click=${()=>e.revoke(o)}>${t("keys.revoke")}</button>`:d}
    </li>
  `}function Br(o,n,e,t){return n==="revoked"?e("keys.revoked_at",{when:t(o.revoked_at)}):n==="expired"?e("keys.ended_at",{when:t(o.valid_until)}):n==="not_yet_valid"?o.valid_until?e("keys.window_from_until",{from:t(o.valid_from),until:t(o.valid_until)}):e("keys.window_from",{from:t(o.valid_from)}):o.valid_until?e("keys.window_until",{until:t(o.valid_until)}):e("keys.window_open")}var _s=g`
  ul.shares {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.share {
    display: flex;
    gap: 12px;
    align-items: center;
    padding: 12px 0;
    border-bottom: 1px solid var(--divider-color);
  }
  li.share:last-child {
    border-bottom: none;
  }
  ul.ended li.share {
    opacity: 0.75;
  }
  .share-main {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 2px;
  }
  .share-title {
    display: flex;
    gap: 8px;
    align-items: center;
    flex-wrap: wrap;
    font-size: 16px;
    overflow-wrap: anywhere;
  }
  button.revoke {
    min-height: 44px;
    flex: none;
  }
  .ended-toggle {
    margin-top: 8px;
    min-height: 44px;
    border: none;
    padding: 0 4px;
  }
`;var Hr=4e3,zr=900*1e3,nt=class extends _{constructor(){super();this._notices=new oe(()=>{this.load()});this._loadSequence=0;this._onVisible=()=>{document.visibilityState==="visible"&&this.scheduleRefresh()};this._revokeOpener=null;this.narrow=!1,this._sharing=!0,this._busy={},this._revokeBusy=!1,this._showEnded=!1,this._now=new Date}static{this.properties={hass:{attribute:!1},narrow:{type:Boolean},panel:{attribute:!1},_doors:{state:!0},_keys:{state:!0},_shares:{state:!0},_sharing:{state:!0},_loadError:{state:!0},_busy:{state:!0},_doorError:{state:!0},_error:{state:!0},_toast:{state:!0},_shareDoor:{state:!0},_revoking:{state:!0},_revokeBusy:{state:!0},_showEnded:{state:!0},_now:{state:!0}}}static{this.styles=[f,U,vs,_s,g`
      .content {
        padding-bottom: 96px;
      }
      .section-title:first-child {
        margin-top: 4px;
      }
      .doors {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr));
        gap: 16px;
        align-items: start;
      }
      .welcome {
        text-align: center;
        padding: 32px 20px;
      }
      .welcome .big-icon {
        display: inline-flex;
        width: 72px;
        height: 72px;
        border-radius: 50%;
        align-items: center;
        justify-content: center;
        color: var(--primary-color);
        background: color-mix(in srgb, var(--primary-color) 14%, transparent);
        margin-bottom: 12px;
      }
      .welcome h2 {
        font-size: 20px;
        margin: 0 0 8px;
      }
      .welcome p {
        color: var(--secondary-text-color);
        margin: 8px auto;
        max-width: 440px;
        line-height: 1.45;
      }
      .receive-hint {
        margin: 0 0 12px;
      }
      .receive {
        display: flex;
        gap: 12px;
        align-items: center;
        flex-wrap: wrap;
      }
      .receive code {
        font-family: var(--code-font-family, monospace);
        font-size: 14px;
        padding: 8px 10px;
        border-radius: 6px;
        background: var(--secondary-background-color);
        word-break: break-all;
        user-select: all;
        flex: 1 1 220px;
      }
      .receive button {
        min-height: 44px;
      }
      .banner {
        display: flex;
        gap: 12px;
        align-items: center;
        justify-content: space-between;
        flex-wrap: wrap;
      }
      .loading {
        color: var(--secondary-text-color);
        padding: 32px 0;
        text-align: center;
      }
    `]}get language(){return Q(this.hass?.language)}get locale(){return this.hass?.locale?.language||this.hass?.language||"en"}t(e,t={}){return m(this.language,e,t)}connectedCallback(){super.connectedCallback(),document.addEventListener("visibilitychange",this._onVisible),this.hass&&this._api&&(this.subscribe(),this.scheduleRefresh())}disconnectedCallback(){super.disconnectedCallback(),document.removeEventListener("visibilitychange",this._onVisible),this._notices.stop(),window.clearTimeout(this._clockTimer),window.clearTimeout(this._toastTimer)}willUpdate(e){super.willUpdate(e),this.hass&&!this._api?(this._ws=new te(()=>this.hass,this.panel?.config?.entry_id),this._api=new et(this._ws),ne(this.hass).then(()=>this.requestUpdate()),this.load(),this.isConnected&&this.subscribe()):this._api&&this._loadedLanguage&&this._loadedLanguage!==this.language&&this.load()}updated(e){if(super.updated(e),e.has("hass")&&(this.style.colorScheme=this.hass?.themes?.darkMode?"dark":"light"),e.has("_revoking")){let t=e.get("_revoking");this._revoking&&!t?(this._revokeOpener=B(),Ee(this.shadowRoot?.querySelector(".revoke-dialog"))):!this._revoking&&t&&(z(this._revokeOpener),this._revokeOpener=null)}}subscribe(){this._ws&&this._notices.start(this._ws)}scheduleRefresh(){this._notices.reloadSoon()}async load(){let e=this._api;if(!e)return;let t=++this._loadSequence,s=e.myShares().then(r=>({shares:r.shares,sharing:!0}),r=>{if(r?.translation_key==="no_person")return{shares:[],sharing:!1};throw r});try{this._loadedLanguage=this.language;let[r,a]=await Promise.all([e.myKeys(this.language),s]);if(t!==this._loadSequence)return;this._doors=r.doors,this._keys=r,this._shares=a.shares,this._sharing=a.sharing,this._loadError=void 0,this._now=new Date,this.scheduleClock()}catch(r){if(t!==this._loadSequence)return;this._loadError=x(this.hass,r)}}scheduleClock(){window.clearTimeout(this._clockTimer);let e=Date.now(),s=[new Date(xe(new Date(e),$(this.hass)).getTime()+6e4).toISOString(),...(this._doors??[]).map(a=>a.opens_next),...(this._shares??[]).flatMap(a=>[a.valid_from,a.valid_until])].map(a=>a?Date.parse(a):NaN).filter(a=>a>e),r=Math.min(zr,...s.map(a=>a-e+1e3));this._clockTimer=window.setTimeout(()=>{this.load()},r)}showToast(e){this._toast=e,window.clearTimeout(this._toastTimer),this._toastTimer=window.setTimeout(()=>this._toast=void 0,Hr)}async operate(e,t){if(!(!this._api||this._busy[e.door_id])){this._busy={...this._busy,[e.door_id]:t},this._doorError?.door===e.door_id&&(this._doorError=void 0);try{await this._api.operate(e.door_id,t),this.showToast(this.t(`keys.done_${t}`,{door:e.door_name}))}catch(s){this._doorError={door:e.door_id,text:x(this.hass,s)}}finally{let{[e.door_id]:s,...r}=this._busy;this._busy=r,this.scheduleRefresh()}}}async revoke(){let e=this._revoking;if(!(!e||!this._api)){this._revokeBusy=!0,this._error=void 0;try{await this._api.revoke(e.share_id),this._revoking=void 0,this.showToast(this.t("keys.revoked",{who:tt(this.language,e)})),await this.load()}catch(t){this._error=x(this.hass,t)}finally{this._revokeBusy=!1}}}render(){return i`
      <div class="toolbar">
        ${this.narrow?i`<button class="menu-button" aria-label=${this.t("keys.menu")}
              @click=${()=>Te(this)}>
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                <path fill="currentColor" d=${Se}></path>
              </svg>
            </button>`:d}
        <h1>${this.t("keys.title")}</h1>
      </div>
      <main class="content">${this.renderContent()}</main>
      ${this._shareDoor&&this._api?i`<digitalkey-share-dialog .hass=${this.hass} .api=${this._api} .door=${this._shareDoor}
            .language=${this.language} .locale=${this.locale}
            @share-created=${e=>this.shareCreated(e.detail)}
            @share-closed=${()=>this._shareDoor=void 0}></digitalkey-share-dialog>`:d}
      ${this._revoking?this.renderRevokeConfirm(this._revoking):d}
      ${this._toast&&!this._shareDoor&&!this._revoking?i`<div class="toast" role="status" data-test="toast">${this._toast}</div>`:d}
    `}renderContent(){if(this._loadError&&this._doors===void 0)return i`<div class="card banner">
        <p class="error" role="alert" data-test="error">${this._loadError}</p>
        <button type="button" @click=${()=>this.load()}>${this.t("keys.retry")}</button>
      </div>`;if(this._doors===void 0)return i`<p class="loading">${m(this.language,"common.loading")}</p>`;let e=this._error&&!this._revoking&&!this._shareDoor;return i`
      ${e?i`<p class="error" role="alert" data-test="error">${this._error}</p>`:d}
      ${this._doors.length===0?this.renderWelcome():this.renderDoors(this._doors)}
      <digitalkey-my-organisation .hass=${this.hass} .api=${this._ws} .language=${this.language}
        .locale=${this.locale}
        @my-org-toast=${t=>this.showToast(t.detail)}
      ></digitalkey-my-organisation>
      ${this._sharing&&this._shares&&(this._shares.length>0||this._doors.length>0)?i`<h2 class="section-title">${this.t("keys.my_shares")}</h2>
            <section class="card">
              ${fs(this._shares,{language:this.language,locale:this.locale,zone:$(this.hass),now:this._now,showEnded:this._showEnded,toggleEnded:()=>this._showEnded=!this._showEnded,revoke:t=>{this._error=void 0,this._revoking=t}})}
            </section>`:d}
      ${this._keys?i`<digitalkey-my-pin .hass=${this.hass} .api=${this._ws} .language=${this.language}
            .locale=${this.locale} .credentials=${this._keys.credentials??[]}
            .allowed=${this._keys.own_pin_allowed??!1} .minLength=${this._keys.pin_min_length??6}
            @my-pin-changed=${()=>{this.load()}}
            @my-pin-toast=${t=>this.showToast(t.detail)}
          ></digitalkey-my-pin>`:d}
      ${this.renderReceive()}
    `}renderDoors(e){return i`
      <h2 class="section-title">${this.t("keys.doors")}</h2>
      <div class="doors">
        ${e.map(t=>ks(t,{hass:this.hass,language:this.language,locale:this.locale,zone:$(this.hass),now:this._now,busy:this._busy[t.door_id],error:this._doorError?.door===t.door_id?this._doorError.text:void 0,sharing:this._sharing,operate:(s,r)=>{this.operate(s,r)},share:s=>{this._error=void 0,this._shareDoor=s}}))}
      </div>
    `}renderWelcome(){return i`
      <section class="card welcome" data-test="keys-empty">
        <span class="big-icon">${is(36)}</span>
        <h2>${this.t("keys.empty_title")}</h2>
        <p>${this.t("keys.empty_ask")}</p>
        <p>${this.t("keys.empty_neighbour")}</p>
      </section>
    `}renderReceive(){let e=this.hass?.user?.id;return e?i`
      <h2 class="section-title">${this.t("keys.receive")}</h2>
      <section class="card">
        <p class="secondary receive-hint">${this.t("keys.receive_hint")}</p>
        <div class="receive">
          <code data-test="my-user-code">${e}</code>
          <button type="button" class="secondary-action" @click=${()=>this.copyUserCode(e)}>
            ${this.t("keys.copy")}
          </button>
        </div>
      </section>
    `:d}async copyUserCode(e){this.showToast(this.t(await Ze(e)?"keys.copied_code":"keys.copy_failed"))}renderRevokeConfirm(e){let t=tt(this.language,e),s=e.door_name??e.door_id;return i`
      <div class="dialog-backdrop sheet"
        @click=${r=>{r.target===r.currentTarget&&!this._revokeBusy&&(this._revoking=void 0)}}>
        <div class="dialog revoke-dialog" role="alertdialog" aria-modal="true"
          aria-labelledby="revoke-title"
          @keydown=${r=>{r.key==="Escape"&&!this._revokeBusy?this._revoking=void 0:this.shadowRoot&&H(r,this.shadowRoot,r.currentTarget)}}>
          <h2 id="revoke-title">${this.t("keys.revoke_title")}</h2>
          <p>${this.t("keys.revoke_body",{who:t,door:s})}</p>
          <p class="secondary">${this.t(`keys.revoke_what_${e.kind}`)}</p>
          ${this._error?i`<p class="error" role="alert" data-test="error">${this._error}</p>`:d}
          <div class="actions">
            <button type="button" class="secondary-action big" ?disabled=${this._revokeBusy}
              @click=${()=>this._revoking=void 0}>${this.t("keys.cancel")}</button>
            <button type="button" class="danger big" data-test="confirm-yes" ?disabled=${this._revokeBusy}
              @click=${()=>{this.revoke()}}>
              ${this._revokeBusy?i`<span class="spinner" aria-hidden="true"></span>`:d}
              ${this.t("keys.revoke")}
            </button>
          </div>
        </div>
      </div>
    `}shareCreated(e){this.load()}};var Ur=8,Vr=3;function Z(o){return o.toLowerCase().replace(/ø/g,"o").replace(/æ/g,"ae").normalize("NFKD").replace(/\p{M}/gu,"")}function Kr(o,n){if(!n)return!1;let e=o.replace(/\D/g,"").replace(/^00/,"");return e.length>=Vr&&n.replace(/\D/g,"").includes(e)}function Fr(o,n){let e=Z(n.trim());return e?o.filter(t=>Z(t.name).includes(e)||t.dwelling!==null&&Z(t.dwelling)===e||Kr(n,t.phone)):[]}var st=class extends _{static{this.properties={people:{attribute:!1},value:{type:String},language:{type:String},label:{type:String},test:{type:String},query:{state:!0},active:{state:!0},open:{state:!0}}}static{this.styles=[f,g`
      :host {
        display: block;
        min-height: 0;
        background: transparent;
        position: relative;
      }
      .picked {
        display: flex;
        align-items: center;
        gap: 8px;
        min-height: 40px;
        padding: 0 4px 0 10px;
        border-radius: 6px;
        border: 1px solid var(--divider-color, #ccc);
        background: var(--input-fill-color, var(--secondary-background-color, transparent));
      }
      .picked span {
        flex: 1;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .clear {
        background: none;
        border: none;
        color: var(--secondary-text-color);
        min-height: 36px;
        width: 36px;
        padding: 0;
        font-size: 20px;
      }
      ul {
        position: absolute;
        inset-inline: 0;
        top: 100%;
        z-index: 5;
        list-style: none;
        margin: 2px 0 0;
        padding: 4px 0;
        background: var(--card-background-color, #fff);
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        box-shadow: 0 4px 12px rgba(0, 0, 0, 0.2);
        max-height: 320px;
        overflow: auto;
      }
      li {
        padding: 8px 12px;
        min-height: 28px;
        cursor: pointer;
      }
      li[aria-selected="true"],
      li:hover {
        background: var(--secondary-background-color);
      }
      li .secondary {
        display: block;
        font-size: 12px;
      }
    `]}constructor(){super(),this.people=[],this.value="",this.language="en",this.label="",this.test="person-picker",this.query="",this.active=0,this.open=!1}openList(){window.clearTimeout(this.closeTimer),this.open=!0}get found(){return Fr(this.people,this.query).slice(0,Ur)}pick(n){this.value=n,this.query="",this.open=!1,this.dispatchEvent(new CustomEvent("person-picked",{detail:{id:n}}))}onKey(n){let e=this.found;if(n.key==="ArrowDown")this.active=Math.min(this.active+1,e.length-1),this.openList();else if(n.key==="ArrowUp")this.active=Math.max(this.active-1,0);else if(n.key==="Enter"){let t=e[this.active];t&&this.pick(t.id)}else if(n.key==="Escape"){this.open=!1;return}else return;n.preventDefault()}render(){let n=this.value?this.people.find(t=>t.id===this.value):void 0;if(this.value)return i`<div class="picked" data-test="${this.test}-picked" data-id=${this.value}>
        <span>${n?.name??this.value}${n?.dwelling?i` <span class="secondary">· ${n.dwelling}</span>`:d}</span>
        <button
          class="clear"
          title=${m(this.language,"tools.picker.clear")}
          aria-label=${m(this.language,"tools.picker.clear")}
          @click=${()=>this.pick("")}
        >
          ×
        </button>
      </div>`;let e=this.open?this.found:[];return i`<input
        type="search"
        data-test=${this.test}
        aria-label=${this.label}
        placeholder=${m(this.language,"tools.picker.placeholder")}
        autocomplete="off"
        .value=${this.query}
        @input=${t=>{this.query=t.target.value,this.active=0,this.openList()}}
        @keydown=${this.onKey}
        @focus=${()=>this.openList()}
        @blur=${()=>this.closeTimer=window.setTimeout(()=>this.open=!1,150)}
      />
      ${this.open&&this.query.trim()?i`<ul role="listbox">
            ${e.length?e.map((t,s)=>i`<li
                      role="option"
                      data-test="person-option"
                      data-id=${t.id}
                      aria-selected=${s===this.active?"true":"false"}
                      @mousedown=${r=>r.preventDefault()}
                      @click=${()=>this.pick(t.id)}
                    >
                      ${t.name}
                      <span class="secondary"
                        >${[t.dwelling,t.phone].filter(Boolean).join(" · ")}</span
                      >
                    </li>`):i`<li class="secondary">${m(this.language,"tools.picker.none")}</li>`}
          </ul>`:d}`}};var rt=class extends w{constructor(){super();this.checks=0;this.overview=void 0,this.person="",this.door="",this.at="",this.result=void 0,this.checking=!1}static{this.properties={overview:{state:!0},person:{state:!0},door:{state:!0},at:{state:!0},result:{state:!0},checking:{state:!0}}}static{this.styles=[w.styles,g`
      /* The time's hint sits under the time field, not under the whole row. */
      .filters {
        align-items: start;
      }
      .verdict {
        display: flex;
        align-items: center;
        gap: 8px;
        flex-wrap: wrap;
        font-size: 16px;
        margin: 4px 0 8px;
      }
      .door + .door {
        border-top: 1px solid var(--divider-color);
        margin-top: 12px;
        padding-top: 12px;
      }
      .door h3 {
        margin: 0 0 4px;
      }
      ul.reasons {
        margin: 4px 0 0;
        padding-inline-start: 20px;
      }
      ul.reasons li {
        margin: 6px 0;
      }
      .key {
        color: var(--secondary-text-color);
        font-size: 13px;
        display: block;
      }
    `]}async load(){this.overview=await this.api.call("overview/get"),this.person&&await this.check()}async check(){if(!this.person){this.result=void 0;return}let e=++this.checks;this.checking=!0;try{let t={person_id:this.person};this.at&&(t.at=this.at);let s=await this.api.call("access/explain",t);if(e!==this.checks)return;this.result=s,this.error=""}catch(t){if(e!==this.checks)return;this.result=void 0,this.fail(t)}finally{e===this.checks&&(this.checking=!1)}}set(e){Object.assign(this,e),("person"in e||"at"in e)&&this.check()}doorName(e){return this.overview?.doors.find(t=>t.id===e)?.name??e}bundleName(e){return this.overview?.bundles.find(t=>t.id===e)?.name??""}render(){let e=[...this.overview?.doors??[]].sort((t,s)=>t.name.localeCompare(s.name,this.uiLanguage));return i`<div class="content">
      <div class="card">
        <h2>${this.t("tools.access.title")}</h2>
        <p class="secondary">${this.t("tools.access.intro")}</p>
        <div class="filters">
          <div>
            <label>${this.t("tools.access.person")}</label>
            <dk-person-picker
              test="access-person"
              .people=${this.overview?.people??[]}
              .language=${this.uiLanguage}
              .label=${this.t("tools.access.person")}
              .value=${this.person}
              @person-picked=${t=>this.set({person:t.detail.id})}
            ></dk-person-picker>
          </div>
          <div>
            <label for="door">${this.t("tools.access.door")}</label>
            <select
              id="door"
              data-test="access-door"
              @change=${t=>this.set({door:t.target.value})}
            >
              <option value="" ?selected=${!this.door}>${this.t("tools.access.all_doors")}</option>
              ${e.map(t=>i`<option value=${t.id} ?selected=${this.door===t.id}>
                    ${t.name}
                  </option>`)}
            </select>
          </div>
          <div>
            <label for="at">${this.t("tools.access.at")}</label>
            <input
              id="at"
              type="datetime-local"
              data-test="access-at"
              .value=${this.at}
              @change=${t=>this.set({at:t.target.value})}
            />
            <p class="hint">${this.t("tools.access.at_hint")}</p>
          </div>
        </div>
        ${this.error?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d}
      </div>
      ${this.result?this.renderResult(this.result):d}
    </div>`}renderResult(e){let t=this.at?b(this.uiLanguage,this.at,this.zone):this.t("tools.access.now"),s=this.door?e.doors.filter(r=>r.door_id===this.door):e.doors;return i`<div class="card ${this.checking?"stale":""}" data-test="access-result">
      <div class="card-head">
        <h2>
          <button class="link" @click=${()=>this.navigate("person",e.person_id)}>
            ${e.name}
          </button>
        </h2>
        <span class="secondary">${t}</span>
      </div>
      ${s.length===0?i`<div class="door" data-test="access-door-result" data-id=${this.door} data-opens="false">
            <div class="verdict">
              <span class="chip bad">${this.t("tools.access.no")}</span>
              ${this.door?this.t("tools.access.no_key_door",{name:e.name,door:this.doorName(this.door)}):this.t("tools.access.no_keys",{name:e.name})}
            </div>
            <p class="hint">${this.t("tools.access.no_key_hint")}</p>
          </div>`:s.map(r=>this.renderDoor(r))}
    </div>`}renderDoor(e){return i`<div
      class="door"
      data-test="access-door-result"
      data-id=${e.door_id}
      data-opens=${e.opens_now?"true":"false"}
    >
      <h3>
        <button class="link" @click=${()=>this.navigate("door",e.door_id)}>
          ${e.door_name}
        </button>
      </h3>
      <div class="verdict">
        ${e.opens_now?i`<span class="chip ok">${this.t("tools.access.yes")}</span>
              ${this.t("tools.access.opens_now")}`:i`<span class="chip bad">${this.t("tools.access.no")}</span>
              ${e.opens_next?this.t("tools.access.opens_next",{time:b(this.uiLanguage,e.opens_next,this.zone)}):this.t("tools.access.opens_never")}`}
      </div>
      <ul class="reasons">
        ${e.reasons.map(t=>this.renderReason(t))}
      </ul>
    </div>`}renderReason(e){let t=e.key?.kind,s=t==="bundle"?this.t("tools.access.key.bundle",{name:this.bundleName(e.key?.bundle_id??null)}):t==="grant"||t==="emergency"||t==="share"?this.t(`tools.access.key.${t}`):"";return i`<li data-test="access-reason" data-code=${e.code} data-opens=${e.opens?"true":"false"}>
      ${s?i`<span class="key">${s}</span>`:d} ${e.message}
    </li>`}};var ot=class extends w{constructor(){super();this.onKey=e=>{!this.editing&&!this.deleting||(e.key==="Escape"?this.close():this.shadowRoot&&H(e,this.shadowRoot,this.shadowRoot.querySelector(".dialog")))};this.opener=null;this.overview=void 0,this.editing=void 0,this.deleting=void 0,this.busy=!1}static{this.properties={overview:{state:!0},editing:{state:!0},deleting:{state:!0},busy:{state:!0}}}static{this.styles=[w.styles,g`
      .bundle {
        display: flex;
        gap: 12px;
        align-items: flex-start;
        justify-content: space-between;
        padding: 12px 0;
        border-bottom: 1px solid var(--divider-color);
        flex-wrap: wrap;
      }
      .bundle:last-child {
        border-bottom: none;
      }
      .bundle h3 {
        margin: 0 0 6px;
        font-size: 16px;
        font-weight: 500;
      }
      .doors {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
      }
      .chip.link {
        color: var(--primary-text-color);
        line-height: 28px;
        border-radius: 14px;
        padding: 0 10px;
        background: var(--secondary-background-color);
      }
      .warning {
        color: var(--warning-color, #ffa600);
      }
    `]}async load(){this.overview=await this.api.call("overview/get")}doorName(e){return this.overview?.doors.find(t=>t.id===e)?.name??e}startEdit(e){this.error="",this.editing={id:e?.id,name:e?.name??"",doors:new Set(e?.door_ids??[])}}updated(e){if(super.updated(e),!e.has("editing")&&!e.has("deleting"))return;let t=this.openBefore(e),s=!!(this.editing||this.deleting);s&&!t?(this.opener=B(),Ee(this.shadowRoot?.querySelector(".dialog"))):!s&&t&&(z(this.opener),this.opener=null)}openBefore(e){let t=e.has("editing")?e.get("editing"):this.editing,s=e.has("deleting")?e.get("deleting"):this.deleting;return!!(t||s)}connectedCallback(){super.connectedCallback(),window.addEventListener("keydown",this.onKey)}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("keydown",this.onKey)}close(){this.editing=void 0,this.deleting=void 0,this.error=""}async save(){let e=this.editing;if(!e||!e.name.trim())return;let t=[...e.doors],s=e.name.trim();this.busy=!0;try{e.id===void 0?(await this.api.call("bundles/create",{name:s,doors:t}),this.toast(this.t("tools.bundles.created",{name:s}))):(await this.api.call("bundles/update",{bundle_id:e.id,name:s,doors:t}),this.toast(this.t("tools.bundles.saved",{name:s}))),this.editing=void 0,this.error="",await this.load()}catch(r){this.fail(r)}finally{this.busy=!1}}async startDelete(e){this.error="",this.deleting={bundle:e,keys:void 0,counting:!0,revoke:!1};let t;try{t=await this.countKeys(e)}catch{}this.deleting?.bundle.id===e.id&&(this.deleting={...this.deleting,keys:t,counting:!1})}async countKeys(e){let t=e.door_ids[0];if(t===void 0)return;let s=await this.api.call("door/get",{door:t,language:this.language});return new Set(s.access.filter(a=>a.bundle_id===e.id&&a.via!=="share").map(a=>a.key_id)).size}async deleteBundle(){let e=this.deleting;if(e){this.busy=!0;try{await this.api.call("bundles/delete",{bundle_id:e.bundle.id,revoke_grants:e.revoke}),this.toast(this.t("tools.bundles.deleted",{name:e.bundle.name})),this.deleting=void 0,this.error="",await this.load()}catch(t){let s=t;if(s?.translation_key==="access_bundle_in_use"){let r=Number(s.translation_placeholders?.grants??NaN);this.deleting={...e,keys:Number.isNaN(r)?e.keys:r}}this.fail(t)}finally{this.busy=!1}}}render(){let e=this.overview;return i`<div class="content">
      <div class="card">
        <div class="card-head">
          <h2>${this.t("tools.bundles.title")}</h2>
          <button data-test="bundle-add" @click=${()=>this.startEdit()} ?disabled=${!e}>
            ${this.t("tools.bundles.add")}
          </button>
        </div>
        <p class="secondary">${this.t("tools.bundles.intro")}</p>
        ${this.error&&!this.editing&&!this.deleting?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d}
        ${e?e.bundles.length===0?i`<p class="empty">${this.t("tools.bundles.none")}</p>`:[...e.bundles].sort((t,s)=>t.name.localeCompare(s.name,this.uiLanguage)).map(t=>this.renderBundle(t)):i`<p class="empty">${this.t("common.loading")}</p>`}
      </div>
      ${this.editing?this.renderEdit(this.editing):d}
      ${this.deleting?this.renderDelete(this.deleting):d}
    </div>`}renderBundle(e){return i`<div class="bundle" data-test="bundle-row" data-id=${e.id}>
      <div>
        <h3>${e.name}</h3>
        <div class="doors">
          ${e.door_ids.length===0?i`<span class="secondary">${this.t("tools.bundles.no_doors")}</span>`:e.door_ids.map(t=>i`<button class="link chip" @click=${()=>this.navigate("door",t)}>
                    ${this.doorName(t)}
                  </button>`)}
        </div>
      </div>
      <div class="row">
        <button
          class="secondary-action"
          data-test="bundle-edit"
          @click=${()=>this.startEdit(e)}
        >
          ${this.t("tools.bundles.edit")}
        </button>
        <button
          class="secondary-action"
          data-test="bundle-delete"
          @click=${()=>{this.startDelete(e)}}
        >
          ${this.t("tools.bundles.delete")}
        </button>
      </div>
    </div>`}renderEdit(e){let t=[...this.overview?.doors??[]].sort((l,c)=>l.name.localeCompare(c.name,this.uiLanguage)),r=(this.overview?.bundles.find(l=>l.id===e.id)?.door_ids??[]).filter(l=>!e.doors.has(l)),a=(l,c)=>{let h=new Set(e.doors);c?h.add(l):h.delete(l),this.editing={...e,doors:h}};return i`<div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="edit-title">
        <h2 id="edit-title">
          ${e.id===void 0?this.t("tools.bundles.add"):this.t("tools.bundles.edit_title")}
        </h2>
        <label for="bundle-name">${this.t("tools.bundles.name")}</label>
        <input
          id="bundle-name"
          data-test="bundle-name"
          maxlength="200"
          .value=${e.name}
          @input=${l=>this.editing={...e,name:l.target.value}}
        />
        <label>${this.t("tools.bundles.doors")}</label>
        ${t.length===0?i`<p class="secondary">${this.t("tools.bundles.no_doors_yet")}</p>`:i`<div class="checks">
              ${t.map(l=>i`<label class="inline">
                    <input
                      type="checkbox"
                      data-test="bundle-doors"
                      data-id=${l.id}
                      .checked=${e.doors.has(l.id)}
                      @change=${c=>a(l.id,c.target.checked)}
                    />
                    ${l.name}
                  </label>`)}
            </div>`}
        ${r.length?i`<p class="warning">
              ${this.t("tools.bundles.dropping",{doors:r.map(l=>this.doorName(l)).join(", ")})}
            </p>`:d}
        ${this.error?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d}
        <div class="actions">
          <button class="secondary-action" @click=${()=>this.close()}>
            ${this.t("tools.cancel")}
          </button>
          <button
            data-test="bundle-save"
            ?disabled=${this.busy||!e.name.trim()}
            @click=${()=>{this.save()}}
          >
            ${this.t("tools.save")}
          </button>
        </div>
      </div>
    </div>`}renderDelete(e){let{bundle:t,keys:s}=e,r=!e.counting&&(s===void 0||s>0),a=s!==void 0&&s>0&&!e.revoke;return i`<div class="dialog-backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="delete-title">
        <h2 id="delete-title">${this.t("tools.bundles.delete_title",{name:t.name})}</h2>
        <p data-test="bundle-keys">
          ${e.counting?this.t("tools.bundles.counting"):s===void 0?this.t("tools.bundles.not_counted"):s===0?this.t("tools.bundles.unused"):t.door_ids.length===0?this.t("tools.bundles.used_by_keys",{count:this.num(s)}):this.t("tools.bundles.used_by",{count:this.num(s),doors:t.door_ids.map(l=>this.doorName(l)).join(", ")})}
        </p>
        ${r?i`<label class="inline">
                <input
                  type="checkbox"
                  data-test="bundle-revoke-grants"
                  .checked=${e.revoke}
                  @change=${l=>this.deleting={...e,revoke:l.target.checked}}
                />
                ${this.t("tools.bundles.revoke")}
              </label>
              <p class="hint">${this.t("tools.bundles.revoke_hint")}</p>`:d}
        ${this.error?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d}
        <div class="actions">
          <button class="secondary-action" @click=${()=>this.close()}>
            ${this.t("tools.cancel")}
          </button>
          <button
            class="danger"
            data-test="confirm-yes"
            ?disabled=${this.busy||a||e.counting}
            @click=${()=>{this.deleteBundle()}}
          >
            ${e.revoke?this.t("tools.bundles.delete_with_keys"):this.t("tools.bundles.delete")}
          </button>
        </div>
      </div>
    </div>`}};var Wt=100,bs=1e3,Gr=300,ws=["unlocked","unlatched","locked","denied","blocked_credential_presented","share_used","emergency_key_used","door_opened","door_closed","jammed","tamper","battery_low","rebooted","clock_set","paired","credentials_updated","door_removed","registry_changed","import","erasure"],Wr=new Set(["unlocked","unlatched","share_used","emergency_key_used"]),qr=new Set(["denied","blocked_credential_presented","jammed","tamper"]),Yr=new Set(["no_key","outside_schedule","not_yet_valid","expired","use_limit_reached","share_revoked","unknown_door","unattributed_refused","unknown_credential","disabled","keypad_locked"]),Zr=new Set(["ble","pin","tag","button","auto_relock","hub_relock","manual","system","hub","guest_link"]),it=class extends w{constructor(){super();this.queries=0;this.overview=void 0,this.filters={door:"",person:"",kind:"",since:"",until:""},this.events=void 0,this.cursor=null,this.loading=!1,this.exporting=void 0}static{this.properties={overview:{state:!0},filters:{state:!0},events:{state:!0},cursor:{state:!0},loading:{state:!0},exporting:{state:!0}}}static{this.styles=[w.styles,g`
      td.time {
        white-space: nowrap;
      }
      .filters input[type="datetime-local"] {
        min-width: 0;
      }
      .tail {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
        flex-wrap: wrap;
        margin-top: 12px;
      }
    `]}disconnectedCallback(){super.disconnectedCallback(),window.clearTimeout(this.filterTimer)}async load(){let[e]=await Promise.all([this.api.call("overview/get"),this.query(Math.min(Math.max(Wt,this.events?.length??0),bs))]);this.overview=e}criteria(){let{door:e,person:t,kind:s,since:r,until:a}=this.filters,l={};return e&&(l.door=e),t&&(l.person_id=t),s&&(l.kinds=[s]),r&&(l.since=r),a&&(l.until=a),l}async query(e=Wt){let t=++this.queries;this.loading=!0;try{let s=await this.api.call("events/query",{...this.criteria(),limit:e});if(t!==this.queries)return;this.events=s.events,this.cursor=s.cursor,this.error=""}catch(s){t===this.queries&&this.fail(s)}finally{t===this.queries&&(this.loading=!1)}}async more(){if(!this.cursor)return;let e=++this.queries;this.loading=!0;try{let t=await this.api.call("events/query",{...this.criteria(),limit:Wt,cursor:this.cursor});if(e!==this.queries)return;this.events=[...this.events??[],...t.events],this.cursor=t.cursor}catch(t){e===this.queries&&this.fail(t)}finally{e===this.queries&&(this.loading=!1)}}setFilter(e,t){this.filters={...this.filters,[e]:t},window.clearTimeout(this.filterTimer),this.filterTimer=window.setTimeout(()=>{this.query()},Gr)}doorName(e){return e?this.overview?.doors.find(t=>t.id===e)?.name??e:""}who(e){return e.person_id?this.overview?.people.find(t=>t.id===e.person_id)?.name??e.person_id:e.share_id?this.t("tools.events.guest"):e.user_id?e.user_id===this.hass?.user?.id?this.hass.user.name:this.t("tools.events.ha_user"):""}kindText(e){return ws.includes(e)?this.t(`tools.kind.${e}`):e}outcome(e){if(e.kind==="denied"){let s=e.reason??"";return Yr.has(s)?this.t(`tools.events.reason.${s}`):this.t("tools.events.refused")}let t=Ie(e);return t&&Zr.has(t)?this.t(`tools.events.source.${t}`):t??""}async exportCsv(){this.exporting=0;try{let e=[],t=null;do{let l={...this.criteria(),limit:bs};t&&(l.cursor=t);let c=await this.api.call("events/query",l);e.push(...c.events),t=c.cursor,this.exporting=e.length}while(t);let s=["time","door","person","kind","outcome","door_id","person_id"].map(l=>this.t(`tools.events.csv.${l}`)),r=je(s,e.map(l=>[pe(l.time),this.doorName(l.door_id),this.who(l),this.kindText(l.kind),this.outcome(l),l.door_id??"",l.person_id??""]),De(this.uiLanguage)),a=new Date().toISOString().slice(0,10);Ne(`digitalkey-events-${a}.csv`,r),this.toast(this.t("tools.events.exported",{count:this.num(e.length)}))}catch(e){this.fail(e)}finally{this.exporting=void 0}}render(){let e=[...this.overview?.doors??[]].sort((s,r)=>s.name.localeCompare(r.name,this.uiLanguage)),t=[...ws].sort((s,r)=>this.kindText(s).localeCompare(this.kindText(r),this.uiLanguage));return i`<div class="content">
      <div class="card">
        <div class="card-head">
          <h2>${this.t("tools.events.title")}</h2>
          <button
            class="secondary-action"
            data-test="events-export"
            ?disabled=${this.exporting!==void 0||!this.events?.length}
            @click=${()=>{this.exportCsv()}}
          >
            ${this.exporting!==void 0?this.t("tools.events.exporting",{count:this.num(this.exporting)}):this.t("tools.events.export")}
          </button>
        </div>
        <div class="filters">
          <div>
            <label for="door">${this.t("tools.events.door")}</label>
            <select
              id="door"
              data-test="events-door"
              @change=${s=>this.setFilter("door",s.target.value)}
            >
              <option value="" ?selected=${!this.filters.door}>${this.t("tools.events.all_doors")}</option>
              ${e.map(s=>i`<option value=${s.id} ?selected=${this.filters.door===s.id}>
                    ${s.name}
                  </option>`)}
            </select>
          </div>
          <div>
            <label>${this.t("tools.events.person")}</label>
            <dk-person-picker
              test="events-person"
              .people=${this.overview?.people??[]}
              .language=${this.uiLanguage}
              .label=${this.t("tools.events.person")}
              .value=${this.filters.person}
              @person-picked=${s=>this.setFilter("person",s.detail.id)}
            ></dk-person-picker>
          </div>
          <div>
            <label for="kind">${this.t("tools.events.kind")}</label>
            <select
              id="kind"
              data-test="events-kind"
              @change=${s=>this.setFilter("kind",s.target.value)}
            >
              <option value="" ?selected=${!this.filters.kind}>${this.t("tools.events.all_kinds")}</option>
              ${t.map(s=>i`<option value=${s} ?selected=${this.filters.kind===s}>
                    ${this.kindText(s)}
                  </option>`)}
            </select>
          </div>
          <div>
            <label for="since">${this.t("tools.events.since")}</label>
            <input
              id="since"
              type="datetime-local"
              data-test="events-since"
              .value=${this.filters.since}
              @change=${s=>this.setFilter("since",s.target.value)}
            />
          </div>
          <div>
            <label for="until">${this.t("tools.events.until")}</label>
            <input
              id="until"
              type="datetime-local"
              data-test="events-until"
              .value=${this.filters.until}
              @change=${s=>this.setFilter("until",s.target.value)}
            />
          </div>
        </div>
        ${this.error?i`<p class="error" data-test="error" role="alert">${this.error}</p>`:d}
        ${this.renderRows()}
      </div>
    </div>`}renderRows(){let e=this.events;return e===void 0?i`<p class="empty">${this.t("common.loading")}</p>`:e.length===0?i`<p class="empty">${this.t("tools.events.none")}</p>`:i`<table class="stack" data-test="events-table">
        <thead>
          <tr>
            <th>${this.t("tools.events.time")}</th>
            <th>${this.t("tools.events.door")}</th>
            <th>${this.t("tools.events.person")}</th>
            <th>${this.t("tools.events.kind")}</th>
            <th>${this.t("tools.events.outcome")}</th>
          </tr>
        </thead>
        <tbody>
          ${e.map(t=>this.renderRow(t))}
        </tbody>
      </table>
      <div class="tail">
        <span class="secondary">${this.t("tools.events.shown",{count:this.num(e.length)})}</span>
        ${this.cursor?i`<button
              class="secondary-action"
              data-test="events-more"
              ?disabled=${this.loading}
              @click=${()=>{this.more()}}
            >
              ${this.t("tools.events.more")}
            </button>`:d}
      </div>`}renderRow(e){let t=Wr.has(e.kind)?"ok":qr.has(e.kind)?"bad":e.kind==="battery_low"?"warn":"",s=this.who(e),r=this.outcome(e);return i`<tr data-test="event-row" data-id=${String(e.id??"")} data-kind=${e.kind}>
      <td class="time inline">${b(this.uiLanguage,e.time,this.zone)}</td>
      <td class="inline">
        ${e.door_id?i`<button class="link" @click=${()=>this.navigate("door",e.door_id)}>
              ${this.doorName(e.door_id)}
            </button>`:d}
      </td>
      <td class="inline">
        ${e.person_id?i`<button
              class="link"
              @click=${()=>this.navigate("person",e.person_id)}
            >
              ${s}
            </button>`:s}
      </td>
      <td class="inline"><span class="chip ${t}">${this.kindText(e.kind)}</span></td>
      <td class="inline">${r}</td>
    </tr>`}};function Jr(o){if(o[0]===255&&o[1]===254)return{text:new TextDecoder("utf-16le").decode(o),encoding:"utf-16le"};if(o[0]===254&&o[1]===255)return{text:new TextDecoder("utf-16be").decode(o),encoding:"utf-16be"};try{return{text:new TextDecoder("utf-8",{fatal:!0}).decode(o),encoding:"utf-8"}}catch{return{text:new TextDecoder("windows-1252").decode(o),encoding:"windows-1252"}}}function Xr(o){return o.split(/\r\n|\n|\r/)}function Qr(o,n){let e=[],t="",s=!1;for(let r=0;r<o.length;r++){let a=o[r];s?a==='"'&&o[r+1]==='"'?(t+='"',r++):a==='"'?s=!1:t+=a:a==='"'?s=!0:a===n?(e.push(t),t=""):t+=a}return e.push(t),e}function eo(o){let n=o.replace(/"[^"]*"/g,""),e=",",t=0;for(let s of["	",";",","]){let r=n.split(s).length-1;r>t&&(e=s,t=r)}return e}function to(o){let n=o.find(t=>t.trim()&&!t.trimStart().startsWith("#"));if(n===void 0)return[];let e=Qr(n,eo(n)).map(t=>t.trim());for(;e.length&&!e[e.length-1];)e.pop();return e}async function $s(o){if(o.size>2*4128768)throw new Error("too_large");let{text:n,encoding:e}=Jr(new Uint8Array(await o.arrayBuffer())),t=n.replace(/^\uFEFF/,"");if(new TextEncoder().encode(JSON.stringify(t)).length>4128768)throw new Error("too_large");let s=Xr(t);return{name:o.name,text:t,encoding:e,lines:s,columns:to(s)}}var ve=200,so=300,ro=["dwelling","entrance","name","first_name","last_name","phone","email","role","consent"],oo=["no_consent","no_contact","no_key","notify_failed"],io=new Set(["import_unknown_columns","import_missing_required_column","import_duplicate_column","import_mapped_column_not_found","import_unknown_field"]),xs=120,Ss=1e4,Ts="/config/integrations/integration/digitalkey",at=class extends w{constructor(){super();this.runs=0;this.overview=void 0,this.file=void 0,this.columns={},this.showColumns=!1,this.entrances=void 0,this.owners={},this.unknownColumns=[],this.mapping={},this.shareLimit=0,this.report=void 0,this.running=!1,this.view="attention",this.shown=ve,this.done=void 0,this.importing=!1,this.scope="all",this.preview=void 0,this.previewing=!1,this.sending=!1,this.sent=void 0,this.errorAt="import",this.errorKey=""}static{this.properties={overview:{state:!0},file:{state:!0},columns:{state:!0},showColumns:{state:!0},entrances:{state:!0},owners:{state:!0},unknownColumns:{state:!0},mapping:{state:!0},shareLimit:{state:!0},report:{state:!0},running:{state:!0},view:{state:!0},shown:{state:!0},done:{state:!0},importing:{state:!0},scope:{state:!0},preview:{state:!0},previewing:{state:!0},sending:{state:!0},sent:{state:!0},errorAt:{state:!0},errorKey:{state:!0}}}static{this.styles=[w.styles,g`
      .file-pick {
        display: flex;
        align-items: center;
        gap: 12px;
        flex-wrap: wrap;
        margin-top: 4px;
      }
      .file-pick input {
        position: absolute;
        width: 1px;
        height: 1px;
        opacity: 0;
        overflow: hidden;
      }
      .file-pick label.button {
        display: inline-flex;
        align-items: center;
        margin: 0;
        color: var(--text-primary-color, #fff);
      }
      .file-pick input:focus-visible + label.button {
        outline: 2px solid var(--primary-color);
        outline-offset: 2px;
      }
      .mapping {
        display: grid;
        grid-template-columns: minmax(120px, 260px) minmax(180px, 420px);
        gap: 8px 16px;
        align-items: center;
        margin: 8px 0;
      }
      .mapping label.name {
        margin: 0;
        font-size: 15px;
        font-weight: 500;
        color: var(--primary-text-color);
        overflow-wrap: anywhere;
      }
      .mapping label.name .secondary {
        display: block;
        font-weight: 400;
        font-size: 12px;
      }
      .mapping select.unknown {
        border-color: var(--error-color, #db4437);
      }
      .line-text {
        font-family: var(--ha-font-family-code, monospace);
        font-size: 12px;
        color: var(--secondary-text-color);
        overflow-wrap: anywhere;
      }
      td.num {
        text-align: end;
        white-space: nowrap;
        width: 1%;
      }
      .reason {
        display: block;
      }
      .tabs {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        margin: 8px 0;
      }
      .tabs button[aria-pressed="false"] {
        background: transparent;
        color: var(--primary-color);
      }
      .people {
        max-height: 260px;
        overflow: auto;
        margin: 4px 0 12px;
        padding-inline-start: 20px;
      }
      .people li {
        padding: 2px 0;
      }
      details summary {
        cursor: pointer;
        color: var(--primary-color);
        min-height: 32px;
        display: flex;
        align-items: center;
      }
      @media (max-width: 640px) {
        .mapping {
          grid-template-columns: 1fr;
          gap: 2px;
        }
        .mapping select {
          margin-bottom: 10px;
        }
      }
    `]}async load(){this.overview=await this.api.call("overview/get"),this.report&&!this.done&&!this.running&&!this.importing&&this.scheduleRerun()}disconnectedCallback(){super.disconnectedCallback(),window.clearTimeout(this.rerunTimer)}showError(e,t){this.fail(e),this.errorAt=t,this.errorKey=e?.translation_key??""}async chooseFile(e){let s=e.target.files?.[0];if(this.runs++,window.clearTimeout(this.rerunTimer),this.running=!1,this.file=void 0,this.report=void 0,this.done=void 0,this.entrances=void 0,this.owners={},this.unknownColumns=[],this.mapping={},this.columns={},this.showColumns=!1,this.preview=void 0,this.sent=void 0,this.error="",!!s)try{this.file=await $s(s)}catch(r){this.error=r instanceof Error&&r.message==="too_large"?this.t("tools.import.too_large",{limit:4}):this.t("tools.import.unreadable"),this.errorAt="file"}}payload(e,t){return{csv:this.file?.text??"",entrances:e,columns:this.columns,share_limit:this.shareLimit,dry_run:t}}mapped(){return Object.fromEntries(Object.entries(this.mapping).filter(([,e])=>e))}async dryRun(){if(!this.file)return;window.clearTimeout(this.rerunTimer);let e=++this.runs;this.running=!0;try{if(this.entrances===void 0){let s=await this.api.call("residents/import",this.payload({},!0));if(e!==this.runs)return;if(this.entrances=this.foundEntrances(s),this.mapping=this.suggested(this.entrances),Object.keys(this.mapped()).length===0){this.settle(s);return}}let t=await this.api.call("residents/import",this.payload(this.mapped(),!0));e===this.runs&&this.settle(t)}catch(t){if(e!==this.runs)return;this.report=void 0,this.showError(t,"import");let s=t,r=s?.translation_key;r&&io.has(r)&&(this.showColumns=!0),this.unknownColumns=r==="import_unknown_columns"?(s?.translation_placeholders?.columns??"").split(", ").filter(Boolean):[]}finally{e===this.runs&&(this.running=!1)}}settle(e){this.report=e,this.error="",this.unknownColumns=[],this.shown=ve}scheduleRerun(){window.clearTimeout(this.rerunTimer),this.runs++,this.running=!0,this.rerunTimer=window.setTimeout(()=>{this.dryRun()},so)}changed(){this.preview=void 0,this.file&&(this.report||this.error)&&this.scheduleRerun()}foundEntrances(e){let t={};for(let s of e.lines)for(let r of s.reasons??[]){if(r.code!=="no_key_for_entrance")continue;let a=r.placeholders.entrance??"";t[a]=(t[a]??0)+1}return this.owners=t,Object.keys(t).sort((s,r)=>s.localeCompare(r,this.uiLanguage,{numeric:!0}))}suggested(e){let t={...this.mapping},s=this.rememberedMapping(),r=new Set([...(this.overview?.doors??[]).map(a=>a.id),...(this.overview?.bundles??[]).map(a=>a.id)]);for(let a of e){if(a in t||!a)continue;let l=Z(a),c=(this.overview?.doors??[]).filter(k=>k.entrance&&Z(k.entrance)===l),h=(this.overview?.bundles??[]).filter(k=>Z(k.name)===l),u=c.length===1?c[0]:h.length===1?h[0]:void 0,p=s[a];u?t[a]=u.id:p&&r.has(p)&&(t[a]=p)}return t}get mappingKey(){return`digitalkey-import-entrances-${this.api.entry??"building"}`}rememberedMapping(){try{let e=JSON.parse(localStorage.getItem(this.mappingKey)??"{}");return!e||typeof e!="object"?{}:Object.fromEntries(Object.entries(e).filter(t=>typeof t[1]=="string"))}catch{return{}}}rememberMapping(e){try{let t={...this.rememberedMapping(),...e};localStorage.setItem(this.mappingKey,JSON.stringify(t))}catch{}}async confirm(){if(!(!this.file||!this.report)){this.importing=!0;try{let e=await this.api.call("residents/import",this.payload(this.mapped(),!1));this.runs++,this.rememberMapping(this.mapped()),this.done=e,this.report=void 0,this.error="",this.scope="file",this.toast(this.t("tools.import.done_toast",{count:this.num(e.created+e.updated+e.unchanged)})),this.overview=await this.api.call("overview/get")}catch(e){this.showError(e,"import")}finally{this.importing=!1}}}fileOwners(){let e=new Map(this.overview?.people.map(s=>[s.id,s.role])),t=(this.done?.lines??[]).filter(s=>s.outcome!=="rejected"&&s.person_id).map(s=>s.person_id).filter(s=>(e.get(s)??"owner")==="owner");return[...new Set(t)]}async sendKeys(e,t){if(e===void 0)return this.api.call("keys/send",{dry_run:t});let s={notified:[],not_notified:[]};for(let r=0;r<e.length;r+=Ss){let a=await this.api.call("keys/send",{person_ids:e.slice(r,r+Ss),dry_run:t});s.notified.push(...a.notified),s.not_notified.push(...a.not_notified),s.notify_target=a.notify_target??null}return s}async previewSend(){this.previewing=!0,this.sent=void 0;try{this.preview=await this.sendKeys(this.done&&this.scope==="file"?this.fileOwners():void 0,!0),this.error=""}catch(e){this.preview=void 0,this.showError(e,"send")}finally{this.previewing=!1}}async send(){let e=this.preview;if(!(!e||e.notified.length===0)){this.sending=!0;try{let t=await this.sendKeys(e.notified,!1);this.sent=t,this.preview=void 0,this.error="",this.toast(this.t("tools.send.sent_toast",{count:this.num(t.notified.length)}))}catch(t){this.showError(t,"send")}finally{this.sending=!1}}}errorHere(e){if(!this.error||this.errorAt!==e)return d;let t=this.errorKey==="no_notify_target"?i` <a class="link" href=${Ts} data-test="open-settings"
              >${this.t("tools.send.open_settings")}</a
            >`:d;return i`<p class="error" data-test="error" role="alert">${this.error}${t}</p>`}render(){return i`<div class="content">
      ${this.renderFile()} ${this.file&&!this.done?this.renderSettings():d}
      ${this.report&&!this.done?this.renderReport(this.report):d}
      ${this.done?this.renderDone(this.done):d} ${this.renderSend()}
    </div>`}renderFile(){let e=this.file;return i`<div class="card">
      <h2>${this.t("tools.import.title")}</h2>
      <p class="secondary">${this.t("tools.import.intro")}</p>
      <label for="import-file">${this.t("tools.import.file")}</label>
      <div class="file-pick">
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          data-test="import-file"
          @change=${t=>{this.chooseFile(t)}}
        />
        <label class="button" for="import-file">${this.t("tools.import.choose_file")}</label>
        <span class=${e?"":"secondary"}>${e?.name??this.t("tools.import.no_file")}</span>
      </div>
      ${e?i`<p class="hint" data-test="import-file-info">
            ${this.t("tools.import.file_info",{name:e.name,lines:this.num(e.lines.filter(t=>t.trim()).length),encoding:this.t(`tools.import.encoding.${e.encoding}`)})}
          </p>`:d}
      ${this.errorHere("file")}
    </div>`}renderSettings(){let e=this.renderTargets();return i`<div class="card">
      <h2>${this.t("tools.import.keys_title")}</h2>
      ${this.entrances===void 0?i`<p class="secondary">${this.t("tools.import.entrances_after_run")}</p>`:this.entrances.length===0?i`<p class="secondary">${this.t("tools.import.no_owner_entrances")}</p>`:i`<p class="secondary">${this.t("tools.import.entrances_intro")}</p>
              <div class="mapping">
                ${this.entrances.map(t=>i`<label class="name" for=${`entrance-${t}`}
                        >${t||this.t("tools.import.no_entrance")}
                        <span class="secondary"
                          >${this.t("tools.import.owners",{count:this.num(this.owners[t]??0)})}</span
                        ></label
                      >
                      <select
                        id=${`entrance-${t}`}
                        data-test="import-entrance"
                        data-entrance=${t}
                        .value=${this.mapping[t]??""}
                        @change=${s=>{this.mapping={...this.mapping,[t]:s.target.value},this.changed()}}
                      >
                        <option value="" ?selected=${!this.mapping[t]}>
                          ${this.t("tools.import.no_key")}
                        </option>
                        ${e(this.mapping[t]??"")}
                      </select>`)}
              </div>`}
      <label for="share-limit">${this.t("tools.import.share_limit")}</label>
      <input
        id="share-limit"
        type="number"
        min="0"
        max="100"
        inputmode="numeric"
        data-test="import-share-limit"
        style="max-width: 120px"
        .value=${String(this.shareLimit)}
        @change=${t=>{let s=Math.round(Number(t.target.value));this.shareLimit=Number.isFinite(s)?Math.min(100,Math.max(0,s)):0,this.changed()}}
      />
      <p class="hint">${this.t("tools.import.share_limit_hint")}</p>
      ${this.renderColumns()}
      ${this.errorHere("import")}
      <div class="actions">
        <button
          data-test="import-dry-run"
          class=${this.report?"secondary-action":""}
          ?disabled=${this.running}
          @click=${()=>{this.dryRun()}}
        >
          ${this.running?this.t("tools.import.running"):this.t("tools.import.dry_run")}
        </button>
      </div>
    </div>`}renderTargets(){let e=[...this.overview?.doors??[]].sort((s,r)=>s.name.localeCompare(r.name,this.uiLanguage)),t=[...this.overview?.bundles??[]].sort((s,r)=>s.name.localeCompare(r.name,this.uiLanguage));return s=>i`${t.length?i`<optgroup label=${this.t("tools.import.bundles")}>
            ${t.map(r=>i`<option value=${r.id} ?selected=${s===r.id}>
                  ${r.name}
                </option>`)}
          </optgroup>`:d}
      ${e.length?i`<optgroup label=${this.t("tools.import.doors")}>
            ${e.map(r=>i`<option value=${r.id} ?selected=${s===r.id}>${r.name}</option>`)}
          </optgroup>`:d}`}renderColumns(){let e=this.file;if(!e||e.columns.length===0)return d;let t=this.report?.columns??{},s=l=>Object.keys(this.columns).find(c=>this.columns[c]===l)??"",r=l=>Object.keys(t).find(c=>t[c]===l),a=(l,c)=>{let h={};for(let[u,p]of Object.entries(this.columns))p!==l&&u!==c&&(h[u]=p);c&&(h[c]=l),this.columns=h,this.entrances=void 0,this.changed()};return i`<details
      ?open=${this.showColumns}
      @toggle=${l=>this.showColumns=l.target.open}
    >
      <summary data-test="import-columns-toggle">${this.t("tools.import.columns")}</summary>
      <p class="hint">${this.t("tools.import.columns_intro")}</p>
      <div class="mapping">
        ${e.columns.map(l=>{let c=r(l);return i`<label class="name" for=${`column-${l}`}>${l||"–"}</label>
            <select
              id=${`column-${l}`}
              class=${this.unknownColumns.includes(l)?"unknown":""}
              data-test="import-column"
              data-column=${l}
              @change=${h=>a(l,h.target.value)}
            >
              <option value="" ?selected=${!s(l)}>
                ${c?this.t("tools.import.column_auto",{field:this.t(`tools.field.${c}`)}):this.unknownColumns.includes(l)?this.t("tools.import.column_unknown"):this.t("tools.import.column_as_read")}
              </option>
              ${ro.map(h=>i`<option value=${h} ?selected=${s(l)===h}>
                    ${this.t(`tools.field.${h}`)}
                  </option>`)}
            </select>`})}
      </div>
    </details>`}renderCounts(e){let t=[["created",e.created],["updated",e.updated],["unchanged",e.unchanged],["rejected",e.rejected],["grants",e.grants]];return i`<div class="counts">
      ${t.map(([s,r])=>i`<div class="count" data-test="import-count" data-outcome=${s}>
            <strong>${this.num(r)}</strong><span>${this.t(`tools.import.count.${s}`)}</span>
          </div>`)}
    </div>`}renderReport(e){let t=[...e.lines.filter(l=>l.outcome==="rejected"),...e.lines.filter(l=>l.outcome!=="rejected"&&l.reasons?.length)],s=this.view==="attention"?t:e.lines,r=s.slice(0,this.shown),a=e.created+e.updated+e.unchanged;return i`<div class="card ${this.running?"stale":""}">
      <div class="card-head">
        <h2>${this.t("tools.import.report_title")}</h2>
        <span class="secondary">${this.t("tools.import.dry_run_note")}</span>
      </div>
      ${this.renderCounts(e)}
      <div class="tabs" role="group">
        <button
          data-test="import-view-attention"
          aria-pressed=${this.view==="attention"?"true":"false"}
          @click=${()=>(this.view="attention",this.shown=ve)}
        >
          ${this.t("tools.import.view_attention",{count:this.num(t.length)})}
        </button>
        <button
          data-test="import-show-all"
          aria-pressed=${this.view==="all"?"true":"false"}
          @click=${()=>(this.view="all",this.shown=ve)}
        >
          ${this.t("tools.import.view_all",{count:this.num(e.lines.length)})}
        </button>
      </div>
      ${s.length===0?i`<p class="empty">${this.t("tools.import.nothing_to_check")}</p>`:i`<table class="stack" data-test="import-report">
            <thead>
              <tr>
                <th>${this.t("tools.import.col.line")}</th>
                <th>${this.t("tools.import.col.outcome")}</th>
                <th>${this.t("tools.import.col.text")}</th>
                <th>${this.t("tools.import.col.details")}</th>
              </tr>
            </thead>
            <tbody>
              ${r.map(l=>this.renderLine(l))}
            </tbody>
          </table>`}
      ${s.length>r.length?i`<div class="actions">
            <button
              class="secondary-action"
              data-test="import-show-more"
              @click=${()=>this.shown+=ve}
            >
              ${this.t("tools.import.show_more",{shown:this.num(r.length),total:this.num(s.length)})}
            </button>
          </div>`:d}
      <div class="actions">
        <button
          class="big"
          data-test="import-confirm"
          ?disabled=${this.running||this.importing||a===0}
          @click=${()=>{this.confirm()}}
        >
          ${this.importing?this.t("tools.import.importing"):this.t("tools.import.confirm",{count:this.num(a)})}
        </button>
      </div>
    </div>`}renderLine(e){let t=this.file?.lines[e.line-1]??"",s=t.length>xs?`${t.slice(0,xs)}…`:t,r=e.outcome==="rejected"?"bad":e.reasons?.length?"warn":e.outcome==="created"?"ok":"";return i`<tr data-test="import-line" data-outcome=${e.outcome} data-line=${e.line}>
      <td class="num inline" data-label=${this.t("tools.import.col.line")}>${this.num(e.line)}</td>
      <td class="inline">
        <span class="chip ${r}">${this.t(`tools.import.outcome.${e.outcome}`)}</span>
      </td>
      <td class="line-text" title=${t}>${s}</td>
      <td>${this.renderDetails(e)}</td>
    </tr>`}renderDetails(e){let t=(e.reasons??[]).map(s=>i`<span class="reason" data-test="import-reason" data-code=${s.code}
        >${this.reasonText(s)}</span
      >`);return e.outcome==="updated"&&e.fields?.length&&t.push(i`<span class="reason"
          >${this.t("tools.import.changes",{fields:e.fields.map(s=>this.t(`tools.field.${s}`)).join(", ")})}</span
        >`),e.grant_ids?.length&&t.push(i`<span class="reason">${this.t("tools.import.gets_key")}</span>`),t}reasonText(e){let t=e.code.startsWith("access_")?e.code:`import_${e.code}`;return this.hass?.localize?.(`component.digitalkey.exceptions.${t}.message`,e.placeholders)||e.text||e.code}renderDone(e){return i`<div class="card" data-test="import-done">
      <h2>${this.t("tools.import.done_title")}</h2>
      ${this.renderCounts(e)}
      ${e.rejected?i`<p class="secondary">
              ${this.t("tools.import.done_rejected",{count:this.num(e.rejected)})}
            </p>
            ${this.renderRejected(e)}`:d}
      <p class="secondary">${this.t("tools.import.done_next")}</p>
    </div>`}renderRejected(e){let t=e.lines.filter(s=>s.outcome==="rejected");return t.length?i`<table class="stack" data-test="import-rejected">
      <thead>
        <tr>
          <th>${this.t("tools.import.col.line")}</th>
          <th>${this.t("tools.import.col.outcome")}</th>
          <th>${this.t("tools.import.col.text")}</th>
          <th>${this.t("tools.import.col.details")}</th>
        </tr>
      </thead>
      <tbody>
        ${t.map(s=>this.renderLine(s))}
      </tbody>
    </table>`:d}name(e){return this.overview?.people.find(t=>t.id===e)?.name??e}contact(e){let t=this.overview?.people.find(s=>s.id===e);return[t?.dwelling,t?.phone??t?.email].filter(Boolean).join(" · ")}byName(e){return[...e].sort((t,s)=>this.name(t).localeCompare(this.name(s),this.uiLanguage,{sensitivity:"base"}))}renderSend(){let e=this.preview;return i`<div class="card">
      <h2>${this.t("tools.send.title")}</h2>
      <p class="secondary">${this.t("tools.send.intro")}</p>
      ${this.done?i`<div class="row" role="radiogroup">
            ${["file","all"].map(t=>i`<label class="inline" style="min-height: 40px">
                  <input
                    type="radio"
                    name="scope"
                    data-test="send-scope"
                    value=${t}
                    .checked=${this.scope===t}
                    @change=${()=>(this.scope=t,this.preview=void 0)}
                  />
                  ${this.t(`tools.send.scope.${t}`)}
                </label>`)}
          </div>`:d}
      ${this.errorHere("send")}
      <div class="actions">
        <button
          class=${e?"secondary-action":""}
          data-test="send-keys-preview"
          ?disabled=${this.previewing||this.sending}
          @click=${()=>{this.previewSend()}}
        >
          ${this.t("tools.send.preview")}
        </button>
      </div>
      ${e?this.renderPreview(e):d}
      ${this.sent?this.renderSent(this.sent):d}
    </div>`}renderPreview(e){return i`<div data-test="send-keys-list">
      <h3>
        ${this.t("tools.send.will_get",{count:this.num(e.notified.length)})}
      </h3>
      ${e.notified.length?i`<ul class="people">
            ${this.byName(e.notified).map(t=>i`<li data-test="send-keys-person" data-id=${t}>
                  ${this.name(t)} <span class="secondary">${this.contact(t)}</span>
                </li>`)}
          </ul>`:d}
      ${this.renderNotNotified(e)}
      ${e.notify_target===null?i`<p class="error" data-test="send-keys-no-target" role="alert">
            ${this.t("tools.send.no_target")}
            <a class="link" href=${Ts} data-test="open-settings"
              >${this.t("tools.send.open_settings")}</a
            >
          </p>`:d}
      <div class="actions">
        <button
          class="big"
          data-test="send-keys-confirm"
          ?disabled=${this.sending||e.notified.length===0||e.notify_target===null}
          @click=${()=>{this.send()}}
        >
          ${this.sending?this.t("tools.send.sending"):this.t("tools.send.confirm",{count:this.num(e.notified.length)})}
        </button>
      </div>
    </div>`}renderNotNotified(e){return oo.map(t=>{let s=e.not_notified.filter(r=>r.reason===t).sort((r,a)=>this.name(r.person_id).localeCompare(this.name(a.person_id),this.uiLanguage,{sensitivity:"base"}));return s.length?i`<h3>
          ${this.t(`tools.send.reason.${t}`,{count:this.num(s.length)})}
        </h3>
        <ul class="people">
          ${s.map(r=>i`<li data-test="send-keys-skipped" data-id=${r.person_id} data-reason=${t}>
                <button class="link" @click=${()=>this.navigate("person",r.person_id)}>
                  ${this.name(r.person_id)}
                </button>
              </li>`)}
        </ul>`:d})}renderSent(e){return i`<div data-test="send-keys-done">
      <h3>${this.t("tools.send.sent",{count:this.num(e.notified.length)})}</h3>
      ${this.renderNotNotified(e)}
    </div>`}};for(let[o,n]of[["dk-person-picker",st],["dk-bundles-page",ot],["dk-import-page",at],["dk-events-page",it],["dk-access-page",rt]])customElements.get(o)||customElements.define(o,n);for(let[o,n]of[["digitalkey-control-center",Ye],["digitalkey-my-keys",nt]])customElements.get(o)||customElements.define(o,n);
