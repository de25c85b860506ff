var M=globalThis,U=M.ShadowRoot&&(M.ShadyCSS===void 0||M.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Z=Symbol(),ue=new WeakMap,C=class{constructor(o,e,t){if(this._$cssResult$=!0,t!==Z)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=o,this.t=e}get styleSheet(){let o=this.o,e=this.t;if(U&&o===void 0){let t=e!==void 0&&e.length===1;t&&(o=ue.get(e)),o===void 0&&((this.o=o=new CSSStyleSheet).replaceSync(this.cssText),t&&ue.set(e,o))}return o}toString(){return this.cssText}},he=r=>new C(typeof r=="string"?r:r+"",void 0,Z),m=(r,...o)=>{let e=r.length===1?r[0]:o.reduce((t,s,n)=>t+(l=>{if(l._$cssResult$===!0)return l.cssText;if(typeof l=="number")return l;throw Error("Value passed to 'css' function must be a 'css' function result: "+l+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+r[n+1],r[0]);return new C(e,r,Z)},me=(r,o)=>{if(U)r.adoptedStyleSheets=o.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of o){let t=document.createElement("style"),s=M.litNonce;s!==void 0&&t.setAttribute("nonce",s),t.textContent=e.cssText,r.appendChild(t)}},Q=U?r=>r:r=>r instanceof CSSStyleSheet?(o=>{let e="";for(let t of o.cssRules)e+=t.cssText;return he(e)})(r):r;var{is:it,defineProperty:lt,getOwnPropertyDescriptor:at,getOwnPropertyNames:dt,getOwnPropertySymbols:ct,getPrototypeOf:pt}=Object,K=globalThis,ge=K.trustedTypes,ut=ge?ge.emptyScript:"",ht=K.reactiveElementPolyfillSupport,j=(r,o)=>r,ee={toAttribute(r,o){switch(o){case Boolean:r=r?ut:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,o){let e=r;switch(o){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},fe=(r,o)=>!it(r,o),ve={attribute:!0,type:String,converter:ee,reflect:!1,useDefault:!1,hasChanged:fe};Symbol.metadata??=Symbol("metadata"),K.litPropertyMetadata??=new WeakMap;var b=class extends HTMLElement{static addInitializer(o){this._$Ei(),(this.l??=[]).push(o)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(o,e=ve){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(o)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(o,e),!e.noAccessor){let t=Symbol(),s=this.getPropertyDescriptor(o,t,e);s!==void 0&&lt(this.prototype,o,s)}}static getPropertyDescriptor(o,e,t){let{get:s,set:n}=at(this.prototype,o)??{get(){return this[e]},set(l){this[e]=l}};return{get:s,set(l){let i=s?.call(this);n?.call(this,l),this.requestUpdate(o,i,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(o){return this.elementProperties.get(o)??ve}static _$Ei(){if(this.hasOwnProperty(j("elementProperties")))return;let o=pt(this);o.finalize(),o.l!==void 0&&(this.l=[...o.l]),this.elementProperties=new Map(o.elementProperties)}static finalize(){if(this.hasOwnProperty(j("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(j("properties"))){let e=this.properties,t=[...dt(e),...ct(e)];for(let s of t)this.createProperty(s,e[s])}let o=this[Symbol.metadata];if(o!==null){let e=litPropertyMetadata.get(o);if(e!==void 0)for(let[t,s]of e)this.elementProperties.set(t,s)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let s=this._$Eu(e,t);s!==void 0&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(o){let e=[];if(Array.isArray(o)){let t=new Set(o.flat(1/0).reverse());for(let s of t)e.unshift(Q(s))}else o!==void 0&&e.push(Q(o));return e}static _$Eu(o,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof o=="string"?o.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(o=>this.enableUpdating=o),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(o=>o(this))}addController(o){(this._$EO??=new Set).add(o),this.renderRoot!==void 0&&this.isConnected&&o.hostConnected?.()}removeController(o){this._$EO?.delete(o)}_$E_(){let o=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(o.set(t,this[t]),delete this[t]);o.size>0&&(this._$Ep=o)}createRenderRoot(){let o=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return me(o,this.constructor.elementStyles),o}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(o=>o.hostConnected?.())}enableUpdating(o){}disconnectedCallback(){this._$EO?.forEach(o=>o.hostDisconnected?.())}attributeChangedCallback(o,e,t){this._$AK(o,t)}_$ET(o,e){let t=this.constructor.elementProperties.get(o),s=this.constructor._$Eu(o,t);if(s!==void 0&&t.reflect===!0){let n=(t.converter?.toAttribute!==void 0?t.converter:ee).toAttribute(e,t.type);this._$Em=o,n==null?this.removeAttribute(s):this.setAttribute(s,n),this._$Em=null}}_$AK(o,e){let t=this.constructor,s=t._$Eh.get(o);if(s!==void 0&&this._$Em!==s){let n=t.getPropertyOptions(s),l=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:ee;this._$Em=s;let i=l.fromAttribute(e,n.type);this[s]=i??this._$Ej?.get(s)??i,this._$Em=null}}requestUpdate(o,e,t,s=!1,n){if(o!==void 0){let l=this.constructor;if(s===!1&&(n=this[o]),t??=l.getPropertyOptions(o),!((t.hasChanged??fe)(n,e)||t.useDefault&&t.reflect&&n===this._$Ej?.get(o)&&!this.hasAttribute(l._$Eu(o,t))))return;this.C(o,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(o,e,{useDefault:t,reflect:s,wrapped:n},l){t&&!(this._$Ej??=new Map).has(o)&&(this._$Ej.set(o,l??e??this[o]),n!==!0||l!==void 0)||(this._$AL.has(o)||(this.hasUpdated||t||(e=void 0),this._$AL.set(o,e)),s===!0&&this._$Em!==o&&(this._$Eq??=new Set).add(o))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let o=this.scheduleUpdate();return o!=null&&await o,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[s,n]of this._$Ep)this[s]=n;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[s,n]of t){let{wrapped:l}=n,i=this[s];l!==!0||this._$AL.has(s)||i===void 0||this.C(s,void 0,n,i)}}let o=!1,e=this._$AL;try{o=this.shouldUpdate(e),o?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw o=!1,this._$EM(),t}o&&this._$AE(e)}willUpdate(o){}_$AE(o){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(o)),this.updated(o)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(o){return!0}update(o){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(o){}firstUpdated(o){}};b.elementStyles=[],b.shadowRootOptions={mode:"open"},b[j("elementProperties")]=new Map,b[j("finalized")]=new Map,ht?.({ReactiveElement:b}),(K.reactiveElementVersions??=[]).push("2.1.2");var le=globalThis,ke=r=>r,B=le.trustedTypes,be=B?B.createPolicy("lit-html",{createHTML:r=>r}):void 0,Ee="$lit$",_=`lit$${Math.random().toFixed(9).slice(2)}$`,Ae="?"+_,mt=`<${Ae}>`,x=document,D=()=>x.createComment(""),R=r=>r===null||typeof r!="object"&&typeof r!="function",ae=Array.isArray,gt=r=>ae(r)||typeof r?.[Symbol.iterator]=="function",te=`[ 	
\f\r]`,P=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ye=/-->/g,_e=/>/g,w=RegExp(`>|${te}(?:([^\\s"'>=/]+)(${te}*=${te}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),we=/'/g,$e=/"/g,Se=/^(?:script|style|textarea|title)$/i,de=r=>(o,...e)=>({_$litType$:r,strings:o,values:e}),a=de(1),io=de(2),lo=de(3),E=Symbol.for("lit-noChange"),c=Symbol.for("lit-nothing"),xe=new WeakMap,$=x.createTreeWalker(x,129);function Te(r,o){if(!ae(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return be!==void 0?be.createHTML(o):o}var vt=(r,o)=>{let e=r.length-1,t=[],s,n=o===2?"<svg>":o===3?"<math>":"",l=P;for(let i=0;i<e;i++){let d=r[i],p,h,u=-1,k=0;for(;k<d.length&&(l.lastIndex=k,h=l.exec(d),h!==null);)k=l.lastIndex,l===P?h[1]==="!--"?l=ye:h[1]!==void 0?l=_e:h[2]!==void 0?(Se.test(h[2])&&(s=RegExp("</"+h[2],"g")),l=w):h[3]!==void 0&&(l=w):l===w?h[0]===">"?(l=s??P,u=-1):h[1]===void 0?u=-2:(u=l.lastIndex-h[2].length,p=h[1],l=h[3]===void 0?w:h[3]==='"'?$e:we):l===$e||l===we?l=w:l===ye||l===_e?l=P:(l=w,s=void 0);let y=l===w&&r[i+1].startsWith("/>")?" ":"";n+=l===P?d+mt:u>=0?(t.push(p),d.slice(0,u)+Ee+d.slice(u)+_+y):d+_+(u===-2?i:y)}return[Te(r,n+(r[e]||"<?>")+(o===2?"</svg>":o===3?"</math>":"")),t]},L=class r{constructor({strings:o,_$litType$:e},t){let s;this.parts=[];let n=0,l=0,i=o.length-1,d=this.parts,[p,h]=vt(o,e);if(this.el=r.createElement(p,t),$.currentNode=this.el.content,e===2||e===3){let u=this.el.content.firstChild;u.replaceWith(...u.childNodes)}for(;(s=$.nextNode())!==null&&d.length<i;){if(s.nodeType===1){if(s.hasAttributes())for(let u of s.getAttributeNames())if(u.endsWith(Ee)){let k=h[l++],y=s.getAttribute(u).split(_),z=/([.?@])?(.*)/.exec(k);d.push({type:1,index:n,name:z[2],strings:y,ctor:z[1]==="."?se:z[1]==="?"?ne:z[1]==="@"?re:T}),s.removeAttribute(u)}else u.startsWith(_)&&(d.push({type:6,index:n}),s.removeAttribute(u));if(Se.test(s.tagName)){let u=s.textContent.split(_),k=u.length-1;if(k>0){s.textContent=B?B.emptyScript:"";for(let y=0;y<k;y++)s.append(u[y],D()),$.nextNode(),d.push({type:2,index:++n});s.append(u[k],D())}}}else if(s.nodeType===8)if(s.data===Ae)d.push({type:2,index:n});else{let u=-1;for(;(u=s.data.indexOf(_,u+1))!==-1;)d.push({type:7,index:n}),u+=_.length-1}n++}}static createElement(o,e){let t=x.createElement("template");return t.innerHTML=o,t}};function S(r,o,e=r,t){if(o===E)return o;let s=t!==void 0?e._$Co?.[t]:e._$Cl,n=R(o)?void 0:o._$litDirective$;return s?.constructor!==n&&(s?._$AO?.(!1),n===void 0?s=void 0:(s=new n(r),s._$AT(r,e,t)),t!==void 0?(e._$Co??=[])[t]=s:e._$Cl=s),s!==void 0&&(o=S(r,s._$AS(r,o.values),s,t)),o}var oe=class{constructor(o,e){this._$AV=[],this._$AN=void 0,this._$AD=o,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(o){let{el:{content:e},parts:t}=this._$AD,s=(o?.creationScope??x).importNode(e,!0);$.currentNode=s;let n=$.nextNode(),l=0,i=0,d=t[0];for(;d!==void 0;){if(l===d.index){let p;d.type===2?p=new O(n,n.nextSibling,this,o):d.type===1?p=new d.ctor(n,d.name,d.strings,this,o):d.type===6&&(p=new ie(n,this,o)),this._$AV.push(p),d=t[++i]}l!==d?.index&&(n=$.nextNode(),l++)}return $.currentNode=x,s}p(o){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(o,t,e),e+=t.strings.length-2):t._$AI(o[e])),e++}},O=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(o,e,t,s){this.type=2,this._$AH=c,this._$AN=void 0,this._$AA=o,this._$AB=e,this._$AM=t,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let o=this._$AA.parentNode,e=this._$AM;return e!==void 0&&o?.nodeType===11&&(o=e.parentNode),o}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(o,e=this){o=S(this,o,e),R(o)?o===c||o==null||o===""?(this._$AH!==c&&this._$AR(),this._$AH=c):o!==this._$AH&&o!==E&&this._(o):o._$litType$!==void 0?this.$(o):o.nodeType!==void 0?this.T(o):gt(o)?this.k(o):this._(o)}O(o){return this._$AA.parentNode.insertBefore(o,this._$AB)}T(o){this._$AH!==o&&(this._$AR(),this._$AH=this.O(o))}_(o){this._$AH!==c&&R(this._$AH)?this._$AA.nextSibling.data=o:this.T(x.createTextNode(o)),this._$AH=o}$(o){let{values:e,_$litType$:t}=o,s=typeof t=="number"?this._$AC(o):(t.el===void 0&&(t.el=L.createElement(Te(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===s)this._$AH.p(e);else{let n=new oe(s,this),l=n.u(this.options);n.p(e),this.T(l),this._$AH=n}}_$AC(o){let e=xe.get(o.strings);return e===void 0&&xe.set(o.strings,e=new L(o)),e}k(o){ae(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,s=0;for(let n of o)s===e.length?e.push(t=new r(this.O(D()),this.O(D()),this,this.options)):t=e[s],t._$AI(n),s++;s<e.length&&(this._$AR(t&&t._$AB.nextSibling,s),e.length=s)}_$AR(o=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);o!==this._$AB;){let t=ke(o).nextSibling;ke(o).remove(),o=t}}setConnected(o){this._$AM===void 0&&(this._$Cv=o,this._$AP?.(o))}},T=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(o,e,t,s,n){this.type=1,this._$AH=c,this._$AN=void 0,this.element=o,this.name=e,this._$AM=s,this.options=n,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=c}_$AI(o,e=this,t,s){let n=this.strings,l=!1;if(n===void 0)o=S(this,o,e,0),l=!R(o)||o!==this._$AH&&o!==E,l&&(this._$AH=o);else{let i=o,d,p;for(o=n[0],d=0;d<n.length-1;d++)p=S(this,i[t+d],e,d),p===E&&(p=this._$AH[d]),l||=!R(p)||p!==this._$AH[d],p===c?o=c:o!==c&&(o+=(p??"")+n[d+1]),this._$AH[d]=p}l&&!s&&this.j(o)}j(o){o===c?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,o??"")}},se=class extends T{constructor(){super(...arguments),this.type=3}j(o){this.element[this.name]=o===c?void 0:o}},ne=class extends T{constructor(){super(...arguments),this.type=4}j(o){this.element.toggleAttribute(this.name,!!o&&o!==c)}},re=class extends T{constructor(o,e,t,s,n){super(o,e,t,s,n),this.type=5}_$AI(o,e=this){if((o=S(this,o,e,0)??c)===E)return;let t=this._$AH,s=o===c&&t!==c||o.capture!==t.capture||o.once!==t.once||o.passive!==t.passive,n=o!==c&&(t===c||s);s&&this.element.removeEventListener(this.name,this,t),n&&this.element.addEventListener(this.name,this,o),this._$AH=o}handleEvent(o){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,o):this._$AH.handleEvent(o)}},ie=class{constructor(o,e,t){this.element=o,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(o){S(this,o)}};var ft=le.litHtmlPolyfillSupport;ft?.(L,O),(le.litHtmlVersions??=[]).push("3.3.3");var Ne=(r,o,e)=>{let t=e?.renderBefore??o,s=t._$litPart$;if(s===void 0){let n=e?.renderBefore??null;t._$litPart$=s=new O(o.insertBefore(D(),n),n,void 0,e??{})}return s._$AI(r),s};var ce=globalThis,g=class extends b{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let o=super.createRenderRoot();return this.renderOptions.renderBefore??=o.firstChild,o}update(o){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(o),this._$Do=Ne(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return E}};g._$litElement$=!0,g.finalized=!0,ce.litElementHydrateSupport?.({LitElement:g});var kt=ce.litElementPolyfillSupport;kt?.({LitElement:g});(ce.litElementVersions??=[]).push("4.2.2");var Ce={"common.loading":"Indlæser …","common.error":"Noget gik galt: {message}"};var je={"common.loading":"Loading…","common.error":"Something went wrong: {message}"};var Pe={"common.loading":"Laster …","common.error":"Noe gikk galt: {message}"};var De={"common.loading":"Laden…","common.error":"Er ging iets mis: {message}"};var Re={};var Le={};var Oe={};var Ie={};var He={};var ze={};var Me={};var Ue={};var Ke={"tools.cancel":"Annullér","tools.save":"Gem","tools.picker.placeholder":"Navn eller telefonnummer","tools.picker.clear":"Vælg en anden","tools.picker.none":"Ingen passer","tools.field.dwelling":"Bolig","tools.field.entrance":"Opgang","tools.field.name":"Navn","tools.field.first_name":"Fornavn","tools.field.last_name":"Efternavn","tools.field.phone":"Telefon","tools.field.email":"E-mail","tools.field.role":"Rolle","tools.field.consent":"Samtykke","tools.bundles.title":"Nøglebundter","tools.bundles.intro":"Et nøglebundt giver flere døre som én nøgle, for eksempel »Opgang A, vaskeri og cykelkælder«. Alle, der har bundtet, får en dør, du tilføjer, med det samme og mister en dør, du tager ud.","tools.bundles.add":"Nyt nøglebundt","tools.bundles.none":"Ingen nøglebundter endnu.","tools.bundles.no_doors":"Ingen døre endnu","tools.bundles.no_doors_yet":"Foreningen har ingen døre endnu.","tools.bundles.edit":"Redigér","tools.bundles.edit_title":"Redigér nøglebundt","tools.bundles.delete":"Slet","tools.bundles.name":"Navn","tools.bundles.doors":"Døre","tools.bundles.dropping":"Alle, der har dette bundt, mister adgangen til {doors}, så snart du gemmer.","tools.bundles.created":"Nøglebundtet »{name}« er oprettet","tools.bundles.saved":"Nøglebundtet »{name}« er gemt","tools.bundles.deleted":"Nøglebundtet »{name}« er slettet","tools.bundles.delete_title":"Slet nøglebundtet »{name}«?","tools.bundles.counting":"Tæller de nøgler, der bruger det …","tools.bundles.unused":"Ingen har dette bundt.","tools.bundles.used_by":"Nøgler, der bruger bundtet: {count}. De, der har dem, åbner {doors} med det.","tools.bundles.revoke":"Fjern også de nøgler, der bruger det","tools.bundles.revoke_hint":"Så mister disse personer dørene med det samme, og nøgler, de har delt videre fra bundtet, holder op med at virke. Et bundt, der er i brug, kan ikke slettes uden nøglerne.","tools.bundles.delete_with_keys":"Slet bundt og nøgler","tools.import.title":"Importér beboere","tools.import.intro":"Vælg beboerlisten, gemt som CSV fra regnearket. Intet importeres, før du har set resultatet igennem og bekræftet. Kun ejere får nøgler automatisk.","tools.import.file":"Beboerliste (CSV)","tools.import.file_info":"{name}: {lines} linjer, læst som {encoding}.","tools.import.encoding.utf-8":"UTF-8","tools.import.encoding.utf-16le":"Unicode-tekst (UTF-16)","tools.import.encoding.utf-16be":"Unicode-tekst (UTF-16)","tools.import.encoding.windows-1252":"Windows (vesteuropæisk)","tools.import.too_large":"Filen er for stor til at blive importeret herfra (højst cirka {limit} MB). Del den op, og importér delene efter hinanden.","tools.import.unreadable":"Filen kunne ikke læses.","tools.import.keys_title":"Nøgler til ejerne","tools.import.entrances_after_run":"Kontrollér filen først: de opgange, den nævner, vises så her, så du kan vælge, hvilken dør eller hvilket nøglebundt ejerne dér får.","tools.import.no_owner_entrances":"Filen har ingen ejere, der ville få en nøgle.","tools.import.entrances_intro":"Vælg, hvad ejerne i hver opgang får. Ejere, der allerede har den nøgle, beholder den; en import tager aldrig noget fra nogen.","tools.import.no_entrance":"(ingen opgang angivet)","tools.import.no_key":"Ingen nøgle","tools.import.bundles":"Nøglebundter","tools.import.doors":"Døre","tools.import.share_limit":"Ejerne må dele hver nøgle med","tools.import.share_limit_hint":"Hvor mange hver ejer må dele en dør med (0: ejerne må ikke dele).","tools.import.columns":"Kolonner","tools.import.columns_intro":"Kolonnerne genkendes på deres navn. Vælg, hvad en kolonne indeholder, når navnet ikke genkendes; en kolonne, der ikke indeholder noget af dette, skal fjernes fra filen.","tools.import.column_auto":"Genkendt: {field}","tools.import.column_as_read":"Ud fra navnet","tools.import.dry_run":"Kontrollér filen","tools.import.running":"Kontrollerer …","tools.import.report_title":"Det ville importen gøre","tools.import.dry_run_note":"Intet er importeret endnu.","tools.import.count.created":"nye","tools.import.count.updated":"opdateret","tools.import.count.unchanged":"uændret","tools.import.count.rejected":"afvist","tools.import.count.grants":"nøgler givet","tools.import.view_attention":"Skal tjekkes ({count})","tools.import.view_all":"Alle linjer ({count})","tools.import.nothing_to_check":"Alle linjer kan importeres, som de er.","tools.import.col.line":"Linje","tools.import.col.outcome":"Resultat","tools.import.col.text":"I filen","tools.import.col.details":"Hvorfor","tools.import.outcome.created":"Ny","tools.import.outcome.updated":"Opdateret","tools.import.outcome.unchanged":"Uændret","tools.import.outcome.rejected":"Afvist","tools.import.changes":"Ændrer: {fields}","tools.import.gets_key":"Får en nøgle","tools.import.show_more":"Vis flere ({shown} af {total})","tools.import.confirm":"Importér {count} linjer","tools.import.importing":"Importerer …","tools.import.done_title":"Importen er færdig","tools.import.done_rejected":"Afviste linjer: {count}. De blev ikke importeret: ret dem i filen, og importér den igen; de linjer, der allerede er importeret, forbliver så uændrede.","tools.import.done_next":"Giv nu ejerne besked om, at deres nøgler er klar.","tools.import.done_toast":"{count} beboere importeret","tools.send.title":"Send nøgler","tools.send.intro":"Giver ejerne besked på sms eller e-mail om, at deres nøgler er klar. Ejere uden samtykke til digitale beskeder beholder nøglerne, men får ingen besked.","tools.send.scope.file":"Ejerne i denne fil","tools.send.scope.all":"Alle ejere i foreningen","tools.send.preview":"Vis, hvem der får besked","tools.send.will_get":"Får besked: {count}","tools.send.reason.no_consent":"Ingen besked, intet samtykke: {count}","tools.send.reason.no_contact":"Ingen besked, hverken telefon eller e-mail: {count}","tools.send.reason.no_key":"Ingen besked, ingen nøgle endnu: {count}","tools.send.reason.notify_failed":"Beskeden kunne ikke sendes: {count}","tools.send.confirm":"Send {count} beskeder","tools.send.sending":"Sender …","tools.send.sent":"Beskeder sendt: {count}","tools.send.sent_toast":"{count} beskeder sendt","tools.events.title":"Hændelseslog","tools.events.export":"Eksportér CSV","tools.events.exporting":"Eksporterer … {count}","tools.events.exported":"{count} hændelser eksporteret","tools.events.door":"Dør","tools.events.all_doors":"Alle døre","tools.events.person":"Person","tools.events.kind":"Hændelse","tools.events.all_kinds":"Alle hændelser","tools.events.since":"Fra","tools.events.until":"Til","tools.events.time":"Tid","tools.events.outcome":"Hvordan eller hvorfor","tools.events.none":"Ingen hændelser passer.","tools.events.shown":"Viste hændelser: {count}","tools.events.more":"Hent flere","tools.events.guest":"Gæst (delt nøgle)","tools.events.ha_user":"Home Assistant-bruger","tools.events.refused":"Afvist","tools.events.reason.no_key":"Ingen nøgle","tools.events.reason.outside_schedule":"Uden for tiderne","tools.events.reason.not_yet_valid":"Ikke gyldig endnu","tools.events.reason.expired":"Udløbet","tools.events.reason.use_limit_reached":"Ingen brug tilbage","tools.events.reason.share_revoked":"Delt nøgle trukket tilbage","tools.events.reason.unknown_door":"Ukendt dør","tools.events.reason.unattributed_refused":"Ingen at tjekke nøglen for","tools.events.reason.unknown_credential":"Ukendt kode eller brik","tools.events.reason.disabled":"Kode eller brik spærret","tools.events.reason.keypad_locked":"Tastaturet er låst efter forkerte koder","tools.events.source.ble":"Fra Home Assistant eller appen","tools.events.source.pin":"Pinkode","tools.events.source.tag":"Brik","tools.events.source.button":"Knap på indersiden","tools.events.source.auto_relock":"Låst igen af sig selv","tools.events.source.manual":"Med hånden","tools.events.source.system":"Dørenheden","tools.events.source.hub":"Home Assistant","tools.events.csv.time":"Tid","tools.events.csv.door":"Dør","tools.events.csv.person":"Person","tools.events.csv.kind":"Hændelse","tools.events.csv.outcome":"Hvordan eller hvorfor","tools.events.csv.door_id":"Dør-id","tools.events.csv.person_id":"Person-id","tools.kind.unlocked":"Låst op","tools.kind.unlatched":"Falden trukket","tools.kind.locked":"Låst","tools.kind.denied":"Afvist","tools.kind.blocked_credential_presented":"Spærret kode eller brik forsøgt","tools.kind.share_used":"Delt nøgle brugt","tools.kind.emergency_key_used":"Akutnøgle brugt","tools.kind.door_opened":"Døren åbnet","tools.kind.door_closed":"Døren lukket","tools.kind.jammed":"Låsen sidder fast","tools.kind.tamper":"Sabotage","tools.kind.battery_low":"Lavt batteri","tools.kind.rebooted":"Dørenheden genstartet","tools.kind.clock_set":"Uret stillet","tools.kind.paired":"Dørenhed parret","tools.kind.credentials_updated":"Koder og brikker opdateret","tools.kind.door_removed":"Dør fjernet","tools.kind.registry_changed":"Nøgler eller personer ændret","tools.kind.import":"Beboere importeret","tools.kind.erasure":"Personoplysninger slettet","tools.access.title":"Adgangstjek","tools.access.intro":"Hvorfor kan nogen åbne en dør, eller hvorfor ikke? Vælg en person og en dør for at se de grunde, låsen selv afgør ud fra, én for hver nøgle.","tools.access.person":"Person","tools.access.door":"Dør","tools.access.all_doors":"Alle personens døre","tools.access.at":"Tidspunkt","tools.access.at_hint":"Lokal tid i foreningen. Lad feltet stå tomt for nu.","tools.access.now":"Nu","tools.access.yes":"Åbner","tools.access.no":"Åbner ikke","tools.access.opens_now":"Åbner nu.","tools.access.opens_next":"Åbner næste gang {time}.","tools.access.opens_never":"Åbner ikke igen med de nøgler, personen har nu.","tools.access.no_key_door":"{name} har ingen nøgle til {door}.","tools.access.no_keys":"{name} har ingen nøgler.","tools.access.no_key_hint":"Giv adgang på personens side, eller tilføj døren til et nøglebundt, personen har.","tools.access.key.grant":"Egen nøgle","tools.access.key.bundle":"Nøglebundt {name}","tools.access.key.emergency":"Akutnøgle","tools.access.key.share":"Nøgle delt med personen","tools.import.column_unknown":"Ikke genkendt: vælg, hvad den indeholder","tools.import.owners":"Ejere: {count}","tools.import.choose_file":"Vælg fil","tools.import.no_file":"Ingen fil valgt","tools.bundles.not_counted":"Dette bundt har ingen døre, så nøglerne på det kan ikke tælles her. Har nogen det, får du besked, når du sletter det.","tools.bundles.used_by_keys":"Nøgler, der bruger bundtet: {count}."};var Be={"tools.cancel":"Cancel","tools.save":"Save","tools.picker.placeholder":"Name or phone number","tools.picker.clear":"Choose someone else","tools.picker.none":"Nobody matches","tools.field.dwelling":"Dwelling","tools.field.entrance":"Entrance","tools.field.name":"Name","tools.field.first_name":"First name","tools.field.last_name":"Last name","tools.field.phone":"Phone","tools.field.email":"E-mail","tools.field.role":"Role","tools.field.consent":"Consent","tools.bundles.title":"Key bundles","tools.bundles.intro":'A key bundle gives several doors as one key, for example "Entrance A, laundry and bike room". Everyone holding the bundle gets a door added to it at once, and loses a door taken out of it.',"tools.bundles.add":"New key bundle","tools.bundles.none":"No key bundles yet.","tools.bundles.no_doors":"No doors yet","tools.bundles.no_doors_yet":"This building has no doors yet.","tools.bundles.edit":"Edit","tools.bundles.edit_title":"Edit key bundle","tools.bundles.delete":"Delete","tools.bundles.name":"Name","tools.bundles.doors":"Doors","tools.bundles.dropping":"Everyone holding this bundle loses access to {doors} as soon as you save.","tools.bundles.created":'Key bundle "{name}" created',"tools.bundles.saved":'Key bundle "{name}" saved',"tools.bundles.deleted":'Key bundle "{name}" deleted',"tools.bundles.delete_title":'Delete key bundle "{name}"?',"tools.bundles.counting":"Counting the keys that use it…","tools.bundles.unused":"Nobody holds this bundle.","tools.bundles.used_by":"Keys that use this bundle: {count}. Their holders open {doors} with it.","tools.bundles.revoke":"Also remove the keys that use it","tools.bundles.revoke_hint":"Those people lose these doors at once, and the keys they shared from it stop working. A bundle that is in use cannot be deleted without its keys.","tools.bundles.delete_with_keys":"Delete bundle and keys","tools.import.title":"Import residents","tools.import.intro":"Choose the residents list saved from your spreadsheet as CSV. Nothing is imported until you have checked the result and confirmed. Only owners get keys automatically.","tools.import.file":"Residents file (CSV)","tools.import.file_info":"{name}: {lines} lines, read as {encoding}.","tools.import.encoding.utf-8":"UTF-8","tools.import.encoding.utf-16le":"Unicode text (UTF-16)","tools.import.encoding.utf-16be":"Unicode text (UTF-16)","tools.import.encoding.windows-1252":"Windows (Western European)","tools.import.too_large":"The file is too large to import from here (at most about {limit} MB). Split it and import the parts one after the other.","tools.import.unreadable":"The file could not be read.","tools.import.keys_title":"Keys for owners","tools.import.entrances_after_run":"Check the file first: the entrances it names then appear here, so you can choose which door or key bundle their owners get.","tools.import.no_owner_entrances":"The file has no owners who would get a key.","tools.import.entrances_intro":"Choose what the owners of each entrance get. Owners who already hold that key keep it; nothing is ever taken away by an import.","tools.import.no_entrance":"(no entrance given)","tools.import.no_key":"No key","tools.import.bundles":"Key bundles","tools.import.doors":"Doors","tools.import.share_limit":"Owners may share each key with","tools.import.share_limit_hint":"How many people each owner may share a door with (0: owners may not share).","tools.import.columns":"Columns","tools.import.columns_intro":"Columns are recognised by their names. Choose what a column holds when its name is not recognised; a column that holds none of these must be removed from the file.","tools.import.column_auto":"Recognised: {field}","tools.import.column_as_read":"Read by its name","tools.import.dry_run":"Check the file","tools.import.running":"Checking…","tools.import.report_title":"What the import would do","tools.import.dry_run_note":"Nothing has been imported yet.","tools.import.count.created":"new","tools.import.count.updated":"updated","tools.import.count.unchanged":"unchanged","tools.import.count.rejected":"rejected","tools.import.count.grants":"keys given","tools.import.view_attention":"To check ({count})","tools.import.view_all":"All lines ({count})","tools.import.nothing_to_check":"Every line can be imported as it is.","tools.import.col.line":"Line","tools.import.col.outcome":"Result","tools.import.col.text":"In the file","tools.import.col.details":"Why","tools.import.outcome.created":"New","tools.import.outcome.updated":"Updated","tools.import.outcome.unchanged":"Unchanged","tools.import.outcome.rejected":"Rejected","tools.import.changes":"Changes: {fields}","tools.import.gets_key":"Gets a key","tools.import.show_more":"Show more ({shown} of {total})","tools.import.confirm":"Import {count} lines","tools.import.importing":"Importing…","tools.import.done_title":"Import done","tools.import.done_rejected":"Rejected lines: {count}. They were not imported: correct them in the file and import it again; the lines already imported then stay unchanged.","tools.import.done_next":"Now tell the owners that their keys are ready.","tools.import.done_toast":"{count} residents imported","tools.send.title":"Send keys","tools.send.intro":"Tells owners by text message or e-mail that their keys are ready. Owners without consent to digital messages keep their keys but get no message.","tools.send.scope.file":"Owners in this file","tools.send.scope.all":"All owners in the building","tools.send.preview":"Show who gets a message","tools.send.will_get":"Get a message: {count}","tools.send.reason.no_consent":"No message, no consent: {count}","tools.send.reason.no_contact":"No message, no phone or e-mail: {count}","tools.send.reason.no_key":"No message, no key yet: {count}","tools.send.reason.notify_failed":"Message could not be sent: {count}","tools.send.confirm":"Send {count} messages","tools.send.sending":"Sending…","tools.send.sent":"Messages sent: {count}","tools.send.sent_toast":"{count} messages sent","tools.events.title":"Event log","tools.events.export":"Export CSV","tools.events.exporting":"Exporting… {count}","tools.events.exported":"{count} events exported","tools.events.door":"Door","tools.events.all_doors":"All doors","tools.events.person":"Person","tools.events.kind":"Event","tools.events.all_kinds":"All events","tools.events.since":"From","tools.events.until":"Until","tools.events.time":"Time","tools.events.outcome":"How or why","tools.events.none":"No events match.","tools.events.shown":"Events shown: {count}","tools.events.more":"Load more","tools.events.guest":"Guest (shared key)","tools.events.ha_user":"Home Assistant user","tools.events.refused":"Refused","tools.events.reason.no_key":"No key","tools.events.reason.outside_schedule":"Outside its hours","tools.events.reason.not_yet_valid":"Not valid yet","tools.events.reason.expired":"Expired","tools.events.reason.use_limit_reached":"No uses left","tools.events.reason.share_revoked":"Shared key withdrawn","tools.events.reason.unknown_door":"Unknown door","tools.events.reason.unattributed_refused":"Nobody to check the key of","tools.events.reason.unknown_credential":"Unknown code or tag","tools.events.reason.disabled":"Code or tag blocked","tools.events.reason.keypad_locked":"Keypad locked after wrong codes","tools.events.source.ble":"From Home Assistant or the app","tools.events.source.pin":"PIN code","tools.events.source.tag":"Tag","tools.events.source.button":"Inside button","tools.events.source.auto_relock":"Locked again by itself","tools.events.source.manual":"By hand","tools.events.source.system":"The door unit","tools.events.source.hub":"Home Assistant","tools.events.csv.time":"Time","tools.events.csv.door":"Door","tools.events.csv.person":"Person","tools.events.csv.kind":"Event","tools.events.csv.outcome":"How or why","tools.events.csv.door_id":"Door id","tools.events.csv.person_id":"Person id","tools.kind.unlocked":"Unlocked","tools.kind.unlatched":"Latch opened","tools.kind.locked":"Locked","tools.kind.denied":"Refused","tools.kind.blocked_credential_presented":"Blocked code or tag tried","tools.kind.share_used":"Shared key used","tools.kind.emergency_key_used":"Emergency key used","tools.kind.door_opened":"Door opened","tools.kind.door_closed":"Door closed","tools.kind.jammed":"Jammed","tools.kind.tamper":"Tampering","tools.kind.battery_low":"Battery low","tools.kind.rebooted":"Door unit restarted","tools.kind.clock_set":"Clock set","tools.kind.paired":"Door unit paired","tools.kind.credentials_updated":"Codes and tags updated","tools.kind.door_removed":"Door removed","tools.kind.registry_changed":"Keys or people changed","tools.kind.import":"Residents imported","tools.kind.erasure":"Personal data erased","tools.access.title":"Access check","tools.access.intro":"Why can or can't someone open a door? Choose a person and a door to see the reasons the lock itself decides on, one for each key.","tools.access.person":"Person","tools.access.door":"Door","tools.access.all_doors":"All their doors","tools.access.at":"At","tools.access.at_hint":"The building's local time. Leave it empty for now.","tools.access.now":"Now","tools.access.yes":"Opens","tools.access.no":"Does not open","tools.access.opens_now":"Opens now.","tools.access.opens_next":"Opens next {time}.","tools.access.opens_never":"Will not open again with the keys held now.","tools.access.no_key_door":"{name} holds no key to {door}.","tools.access.no_keys":"{name} holds no keys.","tools.access.no_key_hint":"Give access on the person's page, or add the door to a key bundle they hold.","tools.access.key.grant":"Own key","tools.access.key.bundle":"Key bundle {name}","tools.access.key.emergency":"Emergency key","tools.access.key.share":"Key shared with them","tools.import.column_unknown":"Not recognised: choose what it holds","tools.import.owners":"Owners: {count}","tools.import.choose_file":"Choose file","tools.import.no_file":"No file chosen","tools.bundles.not_counted":"This bundle has no doors, so its keys cannot be counted here. If people hold it, you are told when you delete it.","tools.bundles.used_by_keys":"Keys that use this bundle: {count}."};var Fe={"tools.cancel":"Avbryt","tools.save":"Lagre","tools.picker.placeholder":"Navn eller telefonnummer","tools.picker.clear":"Velg en annen","tools.picker.none":"Ingen treff","tools.field.dwelling":"Bolig","tools.field.entrance":"Oppgang","tools.field.name":"Navn","tools.field.first_name":"Fornavn","tools.field.last_name":"Etternavn","tools.field.phone":"Telefon","tools.field.email":"E-post","tools.field.role":"Rolle","tools.field.consent":"Samtykke","tools.bundles.title":"Nøkkelknipper","tools.bundles.intro":"Et nøkkelknippe gir flere dører som én nøkkel, for eksempel «Oppgang A, vaskeri og sykkelbod». Alle som har knippet, får en dør du legger til med en gang, og mister en dør du tar ut.","tools.bundles.add":"Nytt nøkkelknippe","tools.bundles.none":"Ingen nøkkelknipper ennå.","tools.bundles.no_doors":"Ingen dører ennå","tools.bundles.no_doors_yet":"Borettslaget har ingen dører ennå.","tools.bundles.edit":"Endre","tools.bundles.edit_title":"Endre nøkkelknippe","tools.bundles.delete":"Slett","tools.bundles.name":"Navn","tools.bundles.doors":"Dører","tools.bundles.dropping":"Alle som har dette knippet, mister tilgang til {doors} så snart du lagrer.","tools.bundles.created":"Nøkkelknippet «{name}» er opprettet","tools.bundles.saved":"Nøkkelknippet «{name}» er lagret","tools.bundles.deleted":"Nøkkelknippet «{name}» er slettet","tools.bundles.delete_title":"Slette nøkkelknippet «{name}»?","tools.bundles.counting":"Teller nøklene som bruker det …","tools.bundles.unused":"Ingen har dette knippet.","tools.bundles.used_by":"Nøkler som bruker knippet: {count}. De som har dem, åpner {doors} med det.","tools.bundles.revoke":"Fjern også nøklene som bruker det","tools.bundles.revoke_hint":"Da mister disse personene dørene med en gang, og nøkler de har delt videre fra knippet, slutter å virke. Et knippe som er i bruk, kan ikke slettes uten nøklene.","tools.bundles.delete_with_keys":"Slett knippe og nøkler","tools.import.title":"Importer beboere","tools.import.intro":"Velg beboerlisten lagret som CSV fra regnearket. Ingenting importeres før du har sett over resultatet og bekreftet. Bare eiere får nøkler automatisk.","tools.import.file":"Beboerliste (CSV)","tools.import.file_info":"{name}: {lines} linjer, lest som {encoding}.","tools.import.encoding.utf-8":"UTF-8","tools.import.encoding.utf-16le":"Unicode-tekst (UTF-16)","tools.import.encoding.utf-16be":"Unicode-tekst (UTF-16)","tools.import.encoding.windows-1252":"Windows (vesteuropeisk)","tools.import.too_large":"Filen er for stor til å importeres herfra (høyst omtrent {limit} MB). Del den opp og importer delene etter hverandre.","tools.import.unreadable":"Filen kunne ikke leses.","tools.import.keys_title":"Nøkler til eierne","tools.import.entrances_after_run":"Kontroller filen først: oppgangene den nevner, vises da her, så du kan velge hvilken dør eller hvilket nøkkelknippe eierne der får.","tools.import.no_owner_entrances":"Filen har ingen eiere som ville fått nøkkel.","tools.import.entrances_intro":"Velg hva eierne i hver oppgang får. Eiere som allerede har den nøkkelen, beholder den; en import tar aldri noe fra noen.","tools.import.no_entrance":"(ingen oppgang oppgitt)","tools.import.no_key":"Ingen nøkkel","tools.import.bundles":"Nøkkelknipper","tools.import.doors":"Dører","tools.import.share_limit":"Eierne kan dele hver nøkkel med","tools.import.share_limit_hint":"Hvor mange hver eier kan dele en dør med (0: eierne kan ikke dele).","tools.import.columns":"Kolonner","tools.import.columns_intro":"Kolonnene kjennes igjen på navnet. Velg hva en kolonne inneholder når navnet ikke kjennes igjen; en kolonne som ikke inneholder noe av dette, må fjernes fra filen.","tools.import.column_auto":"Gjenkjent: {field}","tools.import.column_as_read":"Ut fra navnet","tools.import.dry_run":"Kontroller filen","tools.import.running":"Kontrollerer …","tools.import.report_title":"Dette ville importen gjøre","tools.import.dry_run_note":"Ingenting er importert ennå.","tools.import.count.created":"nye","tools.import.count.updated":"oppdatert","tools.import.count.unchanged":"uendret","tools.import.count.rejected":"avvist","tools.import.count.grants":"nøkler gitt","tools.import.view_attention":"Må sjekkes ({count})","tools.import.view_all":"Alle linjer ({count})","tools.import.nothing_to_check":"Alle linjene kan importeres som de er.","tools.import.col.line":"Linje","tools.import.col.outcome":"Resultat","tools.import.col.text":"I filen","tools.import.col.details":"Hvorfor","tools.import.outcome.created":"Ny","tools.import.outcome.updated":"Oppdatert","tools.import.outcome.unchanged":"Uendret","tools.import.outcome.rejected":"Avvist","tools.import.changes":"Endrer: {fields}","tools.import.gets_key":"Får nøkkel","tools.import.show_more":"Vis flere ({shown} av {total})","tools.import.confirm":"Importer {count} linjer","tools.import.importing":"Importerer …","tools.import.done_title":"Importen er ferdig","tools.import.done_rejected":"Avviste linjer: {count}. De ble ikke importert: rett dem i filen og importer den på nytt; linjene som alt er importert, blir da uendret.","tools.import.done_next":"Si nå fra til eierne at nøklene deres er klare.","tools.import.done_toast":"{count} beboere importert","tools.send.title":"Send nøkler","tools.send.intro":"Sier fra til eierne på SMS eller e-post at nøklene deres er klare. Eiere uten samtykke til digitale meldinger beholder nøklene, men får ingen melding.","tools.send.scope.file":"Eierne i denne filen","tools.send.scope.all":"Alle eierne i borettslaget","tools.send.preview":"Vis hvem som får melding","tools.send.will_get":"Får melding: {count}","tools.send.reason.no_consent":"Ingen melding, mangler samtykke: {count}","tools.send.reason.no_contact":"Ingen melding, mangler telefon og e-post: {count}","tools.send.reason.no_key":"Ingen melding, har ingen nøkkel ennå: {count}","tools.send.reason.notify_failed":"Meldingen kunne ikke sendes: {count}","tools.send.confirm":"Send {count} meldinger","tools.send.sending":"Sender …","tools.send.sent":"Meldinger sendt: {count}","tools.send.sent_toast":"{count} meldinger sendt","tools.events.title":"Hendelseslogg","tools.events.export":"Eksporter CSV","tools.events.exporting":"Eksporterer … {count}","tools.events.exported":"{count} hendelser eksportert","tools.events.door":"Dør","tools.events.all_doors":"Alle dører","tools.events.person":"Person","tools.events.kind":"Hendelse","tools.events.all_kinds":"Alle hendelser","tools.events.since":"Fra","tools.events.until":"Til","tools.events.time":"Tid","tools.events.outcome":"Hvordan eller hvorfor","tools.events.none":"Ingen hendelser passer.","tools.events.shown":"Hendelser vist: {count}","tools.events.more":"Hent flere","tools.events.guest":"Gjest (delt nøkkel)","tools.events.ha_user":"Home Assistant-bruker","tools.events.refused":"Avvist","tools.events.reason.no_key":"Ingen nøkkel","tools.events.reason.outside_schedule":"Utenfor tidene","tools.events.reason.not_yet_valid":"Ikke gyldig ennå","tools.events.reason.expired":"Utløpt","tools.events.reason.use_limit_reached":"Ingen bruk igjen","tools.events.reason.share_revoked":"Delt nøkkel trukket tilbake","tools.events.reason.unknown_door":"Ukjent dør","tools.events.reason.unattributed_refused":"Ingen å sjekke nøkkelen til","tools.events.reason.unknown_credential":"Ukjent kode eller brikke","tools.events.reason.disabled":"Kode eller brikke sperret","tools.events.reason.keypad_locked":"Tastaturet er låst etter feil koder","tools.events.source.ble":"Fra Home Assistant eller appen","tools.events.source.pin":"PIN-kode","tools.events.source.tag":"Brikke","tools.events.source.button":"Knapp på innsiden","tools.events.source.auto_relock":"Låst igjen av seg selv","tools.events.source.manual":"For hånd","tools.events.source.system":"Dørenheten","tools.events.source.hub":"Home Assistant","tools.events.csv.time":"Tid","tools.events.csv.door":"Dør","tools.events.csv.person":"Person","tools.events.csv.kind":"Hendelse","tools.events.csv.outcome":"Hvordan eller hvorfor","tools.events.csv.door_id":"Dør-id","tools.events.csv.person_id":"Person-id","tools.kind.unlocked":"Låst opp","tools.kind.unlatched":"Fallen trukket","tools.kind.locked":"Låst","tools.kind.denied":"Avvist","tools.kind.blocked_credential_presented":"Sperret kode eller brikke prøvd","tools.kind.share_used":"Delt nøkkel brukt","tools.kind.emergency_key_used":"Nødnøkkel brukt","tools.kind.door_opened":"Døren åpnet","tools.kind.door_closed":"Døren lukket","tools.kind.jammed":"Låsen har kilt seg","tools.kind.tamper":"Sabotasje","tools.kind.battery_low":"Lavt batteri","tools.kind.rebooted":"Dørenheten startet på nytt","tools.kind.clock_set":"Klokken stilt","tools.kind.paired":"Dørenhet paret","tools.kind.credentials_updated":"Koder og brikker oppdatert","tools.kind.door_removed":"Dør fjernet","tools.kind.registry_changed":"Nøkler eller personer endret","tools.kind.import":"Beboere importert","tools.kind.erasure":"Personopplysninger slettet","tools.access.title":"Tilgangssjekk","tools.access.intro":"Hvorfor kan noen åpne en dør, eller hvorfor ikke? Velg en person og en dør for å se grunnene låsen selv bestemmer ut fra, én for hver nøkkel.","tools.access.person":"Person","tools.access.door":"Dør","tools.access.all_doors":"Alle dørene personen har","tools.access.at":"Tidspunkt","tools.access.at_hint":"Lokal tid i borettslaget. La feltet stå tomt for nå.","tools.access.now":"Nå","tools.access.yes":"Åpner","tools.access.no":"Åpner ikke","tools.access.opens_now":"Åpner nå.","tools.access.opens_next":"Åpner neste gang {time}.","tools.access.opens_never":"Åpner ikke igjen med nøklene personen har nå.","tools.access.no_key_door":"{name} har ingen nøkkel til {door}.","tools.access.no_keys":"{name} har ingen nøkler.","tools.access.no_key_hint":"Gi tilgang på personens side, eller legg døren til i et nøkkelknippe personen har.","tools.access.key.grant":"Egen nøkkel","tools.access.key.bundle":"Nøkkelknippe {name}","tools.access.key.emergency":"Nødnøkkel","tools.access.key.share":"Nøkkel delt med personen","tools.import.column_unknown":"Ikke gjenkjent: velg hva den inneholder","tools.import.owners":"Eiere: {count}","tools.import.choose_file":"Velg fil","tools.import.no_file":"Ingen fil valgt","tools.bundles.not_counted":"Dette knippet har ingen dører, så nøklene på det kan ikke telles her. Har noen det, får du beskjed når du sletter det.","tools.bundles.used_by_keys":"Nøkler som bruker knippet: {count}."};var Ve={"tools.cancel":"Annuleren","tools.save":"Opslaan","tools.picker.placeholder":"Naam of telefoonnummer","tools.picker.clear":"Iemand anders kiezen","tools.picker.none":"Niemand gevonden","tools.field.dwelling":"Woning","tools.field.entrance":"Ingang","tools.field.name":"Naam","tools.field.first_name":"Voornaam","tools.field.last_name":"Achternaam","tools.field.phone":"Telefoon","tools.field.email":"E-mail","tools.field.role":"Rol","tools.field.consent":"Toestemming","tools.bundles.title":"Sleutelbossen","tools.bundles.intro":'Een sleutelbos geeft meerdere deuren als één sleutel, bijvoorbeeld "Ingang A, wasruimte en fietsenberging". Iedereen met de sleutelbos krijgt een deur die u toevoegt meteen erbij, en verliest een deur die u eruit haalt.',"tools.bundles.add":"Nieuwe sleutelbos","tools.bundles.none":"Nog geen sleutelbossen.","tools.bundles.no_doors":"Nog geen deuren","tools.bundles.no_doors_yet":"De VvE heeft nog geen deuren.","tools.bundles.edit":"Wijzigen","tools.bundles.edit_title":"Sleutelbos wijzigen","tools.bundles.delete":"Verwijderen","tools.bundles.name":"Naam","tools.bundles.doors":"Deuren","tools.bundles.dropping":"Iedereen met deze sleutelbos verliest de toegang tot {doors} zodra u opslaat.","tools.bundles.created":'Sleutelbos "{name}" aangemaakt',"tools.bundles.saved":'Sleutelbos "{name}" opgeslagen',"tools.bundles.deleted":'Sleutelbos "{name}" verwijderd',"tools.bundles.delete_title":'Sleutelbos "{name}" verwijderen?',"tools.bundles.counting":"De sleutels die hem gebruiken worden geteld…","tools.bundles.unused":"Niemand heeft deze sleutelbos.","tools.bundles.used_by":"Sleutels die deze sleutelbos gebruiken: {count}. Wie ze heeft, opent daarmee {doors}.","tools.bundles.revoke":"Ook de sleutels verwijderen die hem gebruiken","tools.bundles.revoke_hint":"Die personen verliezen deze deuren dan meteen, en sleutels die ze ervan gedeeld hebben werken niet meer. Een sleutelbos die in gebruik is, kan niet zonder zijn sleutels verwijderd worden.","tools.bundles.delete_with_keys":"Sleutelbos en sleutels verwijderen","tools.import.title":"Bewoners importeren","tools.import.intro":"Kies de bewonerslijst, als CSV opgeslagen uit uw spreadsheet. Er wordt niets geïmporteerd voordat u het resultaat hebt bekeken en bevestigd. Alleen eigenaren krijgen automatisch sleutels.","tools.import.file":"Bewonerslijst (CSV)","tools.import.file_info":"{name}: {lines} regels, gelezen als {encoding}.","tools.import.encoding.utf-8":"UTF-8","tools.import.encoding.utf-16le":"Unicode-tekst (UTF-16)","tools.import.encoding.utf-16be":"Unicode-tekst (UTF-16)","tools.import.encoding.windows-1252":"Windows (West-Europees)","tools.import.too_large":"Het bestand is te groot om hiervandaan te importeren (hooguit ongeveer {limit} MB). Splits het en importeer de delen na elkaar.","tools.import.unreadable":"Het bestand kon niet worden gelezen.","tools.import.keys_title":"Sleutels voor eigenaren","tools.import.entrances_after_run":"Controleer eerst het bestand: de ingangen die erin staan verschijnen dan hier, zodat u kunt kiezen welke deur of sleutelbos de eigenaren daar krijgen.","tools.import.no_owner_entrances":"Het bestand heeft geen eigenaren die een sleutel zouden krijgen.","tools.import.entrances_intro":"Kies wat de eigenaren van elke ingang krijgen. Eigenaren die die sleutel al hebben, houden hem; een import neemt nooit iets af.","tools.import.no_entrance":"(geen ingang opgegeven)","tools.import.no_key":"Geen sleutel","tools.import.bundles":"Sleutelbossen","tools.import.doors":"Deuren","tools.import.share_limit":"Eigenaren mogen elke sleutel delen met","tools.import.share_limit_hint":"Met hoeveel mensen elke eigenaar een deur mag delen (0: eigenaren mogen niet delen).","tools.import.columns":"Kolommen","tools.import.columns_intro":"Kolommen worden aan hun naam herkend. Kies wat een kolom bevat als de naam niet wordt herkend; een kolom die niets hiervan bevat, moet uit het bestand worden verwijderd.","tools.import.column_auto":"Herkend: {field}","tools.import.column_as_read":"Op basis van de naam","tools.import.dry_run":"Bestand controleren","tools.import.running":"Bezig met controleren…","tools.import.report_title":"Wat de import zou doen","tools.import.dry_run_note":"Er is nog niets geïmporteerd.","tools.import.count.created":"nieuw","tools.import.count.updated":"bijgewerkt","tools.import.count.unchanged":"ongewijzigd","tools.import.count.rejected":"afgewezen","tools.import.count.grants":"sleutels gegeven","tools.import.view_attention":"Nakijken ({count})","tools.import.view_all":"Alle regels ({count})","tools.import.nothing_to_check":"Elke regel kan worden geïmporteerd zoals hij is.","tools.import.col.line":"Regel","tools.import.col.outcome":"Resultaat","tools.import.col.text":"In het bestand","tools.import.col.details":"Waarom","tools.import.outcome.created":"Nieuw","tools.import.outcome.updated":"Bijgewerkt","tools.import.outcome.unchanged":"Ongewijzigd","tools.import.outcome.rejected":"Afgewezen","tools.import.changes":"Wijzigt: {fields}","tools.import.gets_key":"Krijgt een sleutel","tools.import.show_more":"Meer tonen ({shown} van {total})","tools.import.confirm":"{count} regels importeren","tools.import.importing":"Bezig met importeren…","tools.import.done_title":"Import voltooid","tools.import.done_rejected":"Afgewezen regels: {count}. Ze zijn niet geïmporteerd: verbeter ze in het bestand en importeer het opnieuw; de regels die al geïmporteerd zijn, blijven dan ongewijzigd.","tools.import.done_next":"Laat de eigenaren nu weten dat hun sleutels klaarstaan.","tools.import.done_toast":"{count} bewoners geïmporteerd","tools.send.title":"Sleutels versturen","tools.send.intro":"Laat eigenaren per sms of e-mail weten dat hun sleutels klaarstaan. Eigenaren zonder toestemming voor digitale berichten houden hun sleutels, maar krijgen geen bericht.","tools.send.scope.file":"Eigenaren in dit bestand","tools.send.scope.all":"Alle eigenaren in de VvE","tools.send.preview":"Tonen wie een bericht krijgt","tools.send.will_get":"Krijgen een bericht: {count}","tools.send.reason.no_consent":"Geen bericht, geen toestemming: {count}","tools.send.reason.no_contact":"Geen bericht, geen telefoon of e-mail: {count}","tools.send.reason.no_key":"Geen bericht, nog geen sleutel: {count}","tools.send.reason.notify_failed":"Bericht kon niet worden verstuurd: {count}","tools.send.confirm":"{count} berichten versturen","tools.send.sending":"Bezig met versturen…","tools.send.sent":"Berichten verstuurd: {count}","tools.send.sent_toast":"{count} berichten verstuurd","tools.events.title":"Logboek","tools.events.export":"CSV exporteren","tools.events.exporting":"Bezig met exporteren… {count}","tools.events.exported":"{count} gebeurtenissen geëxporteerd","tools.events.door":"Deur","tools.events.all_doors":"Alle deuren","tools.events.person":"Persoon","tools.events.kind":"Gebeurtenis","tools.events.all_kinds":"Alle gebeurtenissen","tools.events.since":"Van","tools.events.until":"Tot","tools.events.time":"Tijd","tools.events.outcome":"Hoe of waarom","tools.events.none":"Geen gebeurtenissen gevonden.","tools.events.shown":"Getoonde gebeurtenissen: {count}","tools.events.more":"Meer laden","tools.events.guest":"Gast (gedeelde sleutel)","tools.events.ha_user":"Home Assistant-gebruiker","tools.events.refused":"Geweigerd","tools.events.reason.no_key":"Geen sleutel","tools.events.reason.outside_schedule":"Buiten de tijden","tools.events.reason.not_yet_valid":"Nog niet geldig","tools.events.reason.expired":"Verlopen","tools.events.reason.use_limit_reached":"Geen keren meer over","tools.events.reason.share_revoked":"Gedeelde sleutel ingetrokken","tools.events.reason.unknown_door":"Onbekende deur","tools.events.reason.unattributed_refused":"Niemand om de sleutel van te controleren","tools.events.reason.unknown_credential":"Onbekende code of tag","tools.events.reason.disabled":"Code of tag geblokkeerd","tools.events.reason.keypad_locked":"Toetsenbord vergrendeld na foute codes","tools.events.source.ble":"Vanuit Home Assistant of de app","tools.events.source.pin":"Pincode","tools.events.source.tag":"Tag","tools.events.source.button":"Knop aan de binnenkant","tools.events.source.auto_relock":"Vanzelf weer vergrendeld","tools.events.source.manual":"Met de hand","tools.events.source.system":"De deurunit","tools.events.source.hub":"Home Assistant","tools.events.csv.time":"Tijd","tools.events.csv.door":"Deur","tools.events.csv.person":"Persoon","tools.events.csv.kind":"Gebeurtenis","tools.events.csv.outcome":"Hoe of waarom","tools.events.csv.door_id":"Deur-id","tools.events.csv.person_id":"Persoon-id","tools.kind.unlocked":"Ontgrendeld","tools.kind.unlatched":"Dagschoot geopend","tools.kind.locked":"Vergrendeld","tools.kind.denied":"Geweigerd","tools.kind.blocked_credential_presented":"Geblokkeerde code of tag geprobeerd","tools.kind.share_used":"Gedeelde sleutel gebruikt","tools.kind.emergency_key_used":"Noodsleutel gebruikt","tools.kind.door_opened":"Deur geopend","tools.kind.door_closed":"Deur gesloten","tools.kind.jammed":"Slot klemt","tools.kind.tamper":"Sabotage","tools.kind.battery_low":"Batterij bijna leeg","tools.kind.rebooted":"Deurunit herstart","tools.kind.clock_set":"Klok gelijkgezet","tools.kind.paired":"Deurunit gekoppeld","tools.kind.credentials_updated":"Codes en tags bijgewerkt","tools.kind.door_removed":"Deur verwijderd","tools.kind.registry_changed":"Sleutels of personen gewijzigd","tools.kind.import":"Bewoners geïmporteerd","tools.kind.erasure":"Persoonsgegevens gewist","tools.access.title":"Toegangscontrole","tools.access.intro":"Waarom kan iemand een deur wel of niet openen? Kies een persoon en een deur om de redenen te zien waarop het slot zelf beslist, één per sleutel.","tools.access.person":"Persoon","tools.access.door":"Deur","tools.access.all_doors":"Al hun deuren","tools.access.at":"Tijdstip","tools.access.at_hint":"Lokale tijd van het gebouw. Laat leeg voor nu.","tools.access.now":"Nu","tools.access.yes":"Opent","tools.access.no":"Opent niet","tools.access.opens_now":"Opent nu.","tools.access.opens_next":"Opent weer op {time}.","tools.access.opens_never":"Opent niet meer met de sleutels die deze persoon nu heeft.","tools.access.no_key_door":"{name} heeft geen sleutel van {door}.","tools.access.no_keys":"{name} heeft geen sleutels.","tools.access.no_key_hint":"Geef toegang op de pagina van de persoon, of voeg de deur toe aan een sleutelbos die deze persoon heeft.","tools.access.key.grant":"Eigen sleutel","tools.access.key.bundle":"Sleutelbos {name}","tools.access.key.emergency":"Noodsleutel","tools.access.key.share":"Met deze persoon gedeelde sleutel","tools.import.column_unknown":"Niet herkend: kies wat erin staat","tools.import.owners":"Eigenaren: {count}","tools.import.choose_file":"Bestand kiezen","tools.import.no_file":"Geen bestand gekozen","tools.bundles.not_counted":"Deze sleutelbos heeft geen deuren, dus de sleutels erop kunnen hier niet worden geteld. Heeft iemand hem, dan hoort u dat bij het verwijderen.","tools.bundles.used_by_keys":"Sleutels die deze sleutelbos gebruiken: {count}."};var Ge={en:{...je,...Le,...ze,...Be},nb:{...Pe,...Oe,...Me,...Fe},da:{...Ce,...Re,...He,...Ke},nl:{...De,...Ie,...Ue,...Ve}};function N(r){let o=(r??"en").toLowerCase().split("-")[0]??"en";return o==="nb"||o==="no"||o==="nn"?"nb":o==="da"||o==="nl"?o:"en"}function f(r,o,e={}){return(Ge[r][o]??Ge.en[o]??o).replace(/\{(\w+)\}/g,(s,n)=>n in e?String(e[n]):s)}var F=class extends g{static{this.properties={hass:{attribute:!1},narrow:{type:Boolean},panel:{attribute:!1}}}static{this.styles=m`
    :host {
      display: block;
      padding: 16px;
      color: var(--primary-text-color);
      background: var(--primary-background-color);
      min-height: 100vh;
      box-sizing: border-box;
    }
  `}render(){let o=N(this.hass?.language);return a`<p>${f(o,"common.loading")}</p>`}};var V=class extends g{static{this.properties={hass:{attribute:!1},narrow:{type:Boolean},panel:{attribute:!1}}}static{this.styles=m`
    :host {
      display: block;
      padding: 16px;
      color: var(--primary-text-color);
      background: var(--primary-background-color);
      min-height: 100vh;
      box-sizing: border-box;
    }
  `}render(){let o=N(this.hass?.language);return a`<p>${f(o,"common.loading")}</p>`}};var G=m`
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
  input[type="checkbox"] {
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
`;var Lt=8,Ot=3;function A(r){return r.toLowerCase().replace(/ø/g,"o").replace(/æ/g,"ae").normalize("NFKD").replace(/\p{M}/gu,"")}function It(r,o){if(!o)return!1;let e=r.replace(/\D/g,"").replace(/^00/,"");return e.length>=Ot&&o.replace(/\D/g,"").includes(e)}function Ht(r,o){let e=A(o.trim());return e?r.filter(t=>A(t.name).includes(e)||t.dwelling!==null&&A(t.dwelling)===e||It(o,t.phone)):[]}var W=class extends g{static{this.properties={people:{attribute:!1},value:{type:String},language:{type:String},label:{type:String},test:{type:String},query:{state:!0},active:{state:!0},open:{state:!0}}}static{this.styles=[G,m`
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
    `]}constructor(){super(),this.people=[],this.value="",this.language="en",this.label="",this.test="person-picker",this.query="",this.active=0,this.open=!1}get found(){return Ht(this.people,this.query).slice(0,Lt)}pick(o){this.value=o,this.query="",this.open=!1,this.dispatchEvent(new CustomEvent("person-picked",{detail:{id:o}}))}onKey(o){let e=this.found;if(o.key==="ArrowDown")this.active=Math.min(this.active+1,e.length-1),this.open=!0;else if(o.key==="ArrowUp")this.active=Math.max(this.active-1,0);else if(o.key==="Enter"){let t=e[this.active];t&&this.pick(t.id)}else if(o.key==="Escape"){this.open=!1;return}else return;o.preventDefault()}render(){let o=this.value?this.people.find(t=>t.id===this.value):void 0;if(this.value)return a`<div class="picked" data-test="${this.test}-picked" data-id=${this.value}>
        <span>${o?.name??this.value}${o?.dwelling?a` <span class="secondary">· ${o.dwelling}</span>`:c}</span>
        <button
          class="clear"
          title=${f(this.language,"tools.picker.clear")}
          aria-label=${f(this.language,"tools.picker.clear")}
          @click=${()=>this.pick("")}
        >
          ×
        </button>
      </div>`;let e=this.open?this.found:[];return a`<input
        type="search"
        data-test=${this.test}
        aria-label=${this.label}
        placeholder=${f(this.language,"tools.picker.placeholder")}
        autocomplete="off"
        .value=${this.query}
        @input=${t=>{this.query=t.target.value,this.active=0,this.open=!0}}
        @keydown=${this.onKey}
        @focus=${()=>this.open=!0}
        @blur=${()=>window.setTimeout(()=>this.open=!1,150)}
      />
      ${this.open&&this.query.trim()?a`<ul role="listbox">
            ${e.length?e.map((t,s)=>a`<li
                      role="option"
                      data-test="person-option"
                      data-id=${t.id}
                      aria-selected=${s===this.active?"true":"false"}
                      @mousedown=${n=>n.preventDefault()}
                      @click=${()=>this.pick(t.id)}
                    >
                      ${t.name}
                      <span class="secondary"
                        >${[t.dwelling,t.phone].filter(Boolean).join(" · ")}</span
                      >
                    </li>`):a`<li class="secondary">${f(this.language,"tools.picker.none")}</li>`}
          </ul>`:c}`}};var We;function qe(r){return We??=r.loadBackendTranslation?.("exceptions","digitalkey")??Promise.resolve(),We}function Xe(r,o){let e=o;if(e?.translation_key&&e.translation_domain==="digitalkey"){let t=r.localize(`component.digitalkey.exceptions.${e.translation_key}.message`,e.translation_placeholders??{});if(t)return t}return typeof e?.message=="string"&&e.message?e.message:String(o)}var zt=300,v=class extends g{static{this.properties={hass:{attribute:!1},api:{attribute:!1},language:{type:String},narrow:{type:Boolean,reflect:!0},error:{state:!0}}}static{this.styles=[G,m`
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
    `]}constructor(){super(),this.narrow=!1,this.error=""}get uiLanguage(){return this.language??N(this.hass?.language)}t(o,e={}){return f(this.uiLanguage,o,e)}num(o){return new Intl.NumberFormat(this.uiLanguage).format(o)}async load(){}connectedCallback(){super.connectedCallback(),this.api&&this.startWatching()}disconnectedCallback(){super.disconnectedCallback(),this.stopWatching()}willUpdate(o){o.has("hass")&&this.hass&&!o.get("hass")&&qe(this.hass),o.has("api")&&this.api&&this.isConnected&&this.api!==this.watched&&(this.stopWatching(),this.startWatching())}startWatching(){this.watched=this.api,this.refresh(),this.unsubscribe=this.api.subscribe(()=>{window.clearTimeout(this.refreshTimer),this.refreshTimer=window.setTimeout(()=>{this.refresh()},zt)}),this.unsubscribe.catch(()=>{})}stopWatching(){window.clearTimeout(this.refreshTimer);let o=this.unsubscribe;this.unsubscribe=void 0,this.watched=void 0,o?.then(e=>e()).catch(()=>{})}async refresh(){try{await this.load()}catch(o){this.fail(o)}}fail(o){this.error=Xe(this.hass,o)}toast(o){this.dispatchEvent(new CustomEvent("dk-toast",{detail:{message:o},bubbles:!0,composed:!0}))}navigate(o,e){let t={page:o,id:e};this.dispatchEvent(new CustomEvent("dk-navigate",{detail:t,bubbles:!0,composed:!0}))}};var Ye=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;function Je(r){let o=Ye.exec(r);if(!o)return r;let[,e,t,s,n,l,i]=o;return`${e}-${t}-${s} ${n}:${l}:${i??"00"}`}function I(r,o){if(!o)return"";let e=Ye.exec(o);if(!e)return o;let[t,s,n,l,i]=e.slice(1,6).map(Number);return new Date(Date.UTC(t,s-1,n,l,i)).toLocaleString(r,{dateStyle:"medium",timeStyle:"short",timeZone:"UTC"})}var q=class extends v{constructor(){super();this.checks=0;this.overview=void 0,this.person="",this.door="",this.at="",this.result=void 0,this.checking=!1}static{this.properties={overview:{state:!0},person:{state:!0},door:{state:!0},at:{state:!0},result:{state:!0},checking:{state:!0}}}static{this.styles=[v.styles,m`
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
    `]}async load(){this.overview=await this.api.call("overview/get"),this.person&&await this.check()}async check(){if(!this.person){this.result=void 0;return}let e=++this.checks;this.checking=!0;try{let t={person_id:this.person};this.at&&(t.at=this.at);let s=await this.api.call("access/explain",t);if(e!==this.checks)return;this.result=s,this.error=""}catch(t){if(e!==this.checks)return;this.result=void 0,this.fail(t)}finally{e===this.checks&&(this.checking=!1)}}set(e){Object.assign(this,e),("person"in e||"at"in e)&&this.check()}doorName(e){return this.overview?.doors.find(t=>t.id===e)?.name??e}bundleName(e){return this.overview?.bundles.find(t=>t.id===e)?.name??""}render(){let e=[...this.overview?.doors??[]].sort((t,s)=>t.name.localeCompare(s.name,this.uiLanguage));return a`<div class="content">
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
              ${e.map(t=>a`<option value=${t.id} ?selected=${this.door===t.id}>
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
          </div>
        </div>
        <p class="hint">${this.t("tools.access.at_hint")}</p>
        ${this.error?a`<p class="error" data-test="error" role="alert">${this.error}</p>`:c}
      </div>
      ${this.result?this.renderResult(this.result):c}
    </div>`}renderResult(e){let t=this.at?I(this.uiLanguage,this.at):this.t("tools.access.now"),s=this.door?e.doors.filter(n=>n.door_id===this.door):e.doors;return a`<div class="card ${this.checking?"stale":""}" data-test="access-result">
      <div class="card-head">
        <h2>
          <button class="link" @click=${()=>this.navigate("person",e.person_id)}>
            ${e.name}
          </button>
        </h2>
        <span class="secondary">${t}</span>
      </div>
      ${s.length===0?a`<div class="door" data-test="access-door-result" data-id=${this.door} data-opens="false">
            <div class="verdict">
              <span class="chip bad">${this.t("tools.access.no")}</span>
              ${this.door?this.t("tools.access.no_key_door",{name:e.name,door:this.doorName(this.door)}):this.t("tools.access.no_keys",{name:e.name})}
            </div>
            <p class="hint">${this.t("tools.access.no_key_hint")}</p>
          </div>`:s.map(n=>this.renderDoor(n))}
    </div>`}renderDoor(e){return a`<div
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
        ${e.opens_now?a`<span class="chip ok">${this.t("tools.access.yes")}</span>
              ${this.t("tools.access.opens_now")}`:a`<span class="chip bad">${this.t("tools.access.no")}</span>
              ${e.opens_next?this.t("tools.access.opens_next",{time:I(this.uiLanguage,e.opens_next)}):this.t("tools.access.opens_never")}`}
      </div>
      <ul class="reasons">
        ${e.reasons.map(t=>this.renderReason(t))}
      </ul>
    </div>`}renderReason(e){let t=e.key?.kind,s=t==="bundle"?this.t("tools.access.key.bundle",{name:this.bundleName(e.key?.bundle_id??null)}):t==="grant"||t==="emergency"||t==="share"?this.t(`tools.access.key.${t}`):"";return a`<li data-test="access-reason" data-code=${e.code} data-opens=${e.opens?"true":"false"}>
      ${s?a`<span class="key">${s}</span>`:c} ${e.message}
    </li>`}};var X=class extends v{constructor(){super();this.onKey=e=>{e.key==="Escape"&&(this.editing||this.deleting)&&this.close()};this.overview=void 0,this.editing=void 0,this.deleting=void 0,this.busy=!1}static{this.properties={overview:{state:!0},editing:{state:!0},deleting:{state:!0},busy:{state:!0}}}static{this.styles=[v.styles,m`
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
    `]}async load(){this.overview=await this.api.call("overview/get")}doorName(e){return this.overview?.doors.find(t=>t.id===e)?.name??e}startEdit(e){this.error="",this.editing={id:e?.id,name:e?.name??"",doors:new Set(e?.door_ids??[])}}connectedCallback(){super.connectedCallback(),window.addEventListener("keydown",this.onKey)}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("keydown",this.onKey)}close(){this.editing=void 0,this.deleting=void 0,this.error=""}async save(){let e=this.editing;if(!e||!e.name.trim())return;let t=[...e.doors],s=e.name.trim();this.busy=!0;try{e.id===void 0?(await this.api.call("bundles/create",{name:s,doors:t}),this.toast(this.t("tools.bundles.created",{name:s}))):(await this.api.call("bundles/update",{bundle_id:e.id,name:s,doors:t}),this.toast(this.t("tools.bundles.saved",{name:s}))),this.editing=void 0,this.error="",await this.load()}catch(n){this.fail(n)}finally{this.busy=!1}}async startDelete(e){this.error="",this.deleting={bundle:e,keys:void 0,counting:!0,revoke:!1};let t;try{t=await this.countKeys(e)}catch{}this.deleting?.bundle.id===e.id&&(this.deleting={...this.deleting,keys:t,counting:!1})}async countKeys(e){let t=e.door_ids[0];if(t===void 0)return;let s=await this.api.call("door/get",{door:t});return new Set(s.access.filter(l=>l.bundle_id===e.id&&l.via!=="share").map(l=>l.key_id)).size}async deleteBundle(){let e=this.deleting;if(e){this.busy=!0;try{await this.api.call("bundles/delete",{bundle_id:e.bundle.id,revoke_grants:e.revoke}),this.toast(this.t("tools.bundles.deleted",{name:e.bundle.name})),this.deleting=void 0,this.error="",await this.load()}catch(t){let s=t;if(s?.translation_key==="access_bundle_in_use"){let n=Number(s.translation_placeholders?.grants??NaN);this.deleting={...e,keys:Number.isNaN(n)?e.keys:n}}this.fail(t)}finally{this.busy=!1}}}render(){let e=this.overview;return a`<div class="content">
      <div class="card">
        <div class="card-head">
          <h2>${this.t("tools.bundles.title")}</h2>
          <button data-test="bundle-add" @click=${()=>this.startEdit()} ?disabled=${!e}>
            ${this.t("tools.bundles.add")}
          </button>
        </div>
        <p class="secondary">${this.t("tools.bundles.intro")}</p>
        ${this.error&&!this.editing&&!this.deleting?a`<p class="error" data-test="error" role="alert">${this.error}</p>`:c}
        ${e?e.bundles.length===0?a`<p class="empty">${this.t("tools.bundles.none")}</p>`:[...e.bundles].sort((t,s)=>t.name.localeCompare(s.name,this.uiLanguage)).map(t=>this.renderBundle(t)):a`<p class="empty">${this.t("common.loading")}</p>`}
      </div>
      ${this.editing?this.renderEdit(this.editing):c}
      ${this.deleting?this.renderDelete(this.deleting):c}
    </div>`}renderBundle(e){return a`<div class="bundle" data-test="bundle-row" data-id=${e.id}>
      <div>
        <h3>${e.name}</h3>
        <div class="doors">
          ${e.door_ids.length===0?a`<span class="secondary">${this.t("tools.bundles.no_doors")}</span>`:e.door_ids.map(t=>a`<button class="link chip" @click=${()=>this.navigate("door",t)}>
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
    </div>`}renderEdit(e){let t=[...this.overview?.doors??[]].sort((i,d)=>i.name.localeCompare(d.name,this.uiLanguage)),n=(this.overview?.bundles.find(i=>i.id===e.id)?.door_ids??[]).filter(i=>!e.doors.has(i)),l=(i,d)=>{let p=new Set(e.doors);d?p.add(i):p.delete(i),this.editing={...e,doors:p}};return a`<div class="dialog-backdrop">
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
          @input=${i=>this.editing={...e,name:i.target.value}}
        />
        <label>${this.t("tools.bundles.doors")}</label>
        ${t.length===0?a`<p class="secondary">${this.t("tools.bundles.no_doors_yet")}</p>`:a`<div class="checks">
              ${t.map(i=>a`<label class="inline">
                    <input
                      type="checkbox"
                      data-test="bundle-doors"
                      data-id=${i.id}
                      .checked=${e.doors.has(i.id)}
                      @change=${d=>l(i.id,d.target.checked)}
                    />
                    ${i.name}
                  </label>`)}
            </div>`}
        ${n.length?a`<p class="warning">
              ${this.t("tools.bundles.dropping",{doors:n.map(i=>this.doorName(i)).join(", ")})}
            </p>`:c}
        ${this.error?a`<p class="error" data-test="error" role="alert">${this.error}</p>`:c}
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
    </div>`}renderDelete(e){let{bundle:t,keys:s}=e,n=!e.counting&&(s===void 0||s>0),l=s!==void 0&&s>0&&!e.revoke;return a`<div class="dialog-backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="delete-title">
        <h2 id="delete-title">${this.t("tools.bundles.delete_title",{name:t.name})}</h2>
        <p data-test="bundle-keys">
          ${e.counting?this.t("tools.bundles.counting"):s===void 0?this.t("tools.bundles.not_counted"):s===0?this.t("tools.bundles.unused"):t.door_ids.length===0?this.t("tools.bundles.used_by_keys",{count:this.num(s)}):this.t("tools.bundles.used_by",{count:this.num(s),doors:t.door_ids.map(i=>this.doorName(i)).join(", ")})}
        </p>
        ${n?a`<label class="inline">
                <input
                  type="checkbox"
                  data-test="bundle-revoke-grants"
                  .checked=${e.revoke}
                  @change=${i=>this.deleting={...e,revoke:i.target.checked}}
                />
                ${this.t("tools.bundles.revoke")}
              </label>
              <p class="hint">${this.t("tools.bundles.revoke_hint")}</p>`:c}
        ${this.error?a`<p class="error" data-test="error" role="alert">${this.error}</p>`:c}
        <div class="actions">
          <button class="secondary-action" @click=${()=>this.close()}>
            ${this.t("tools.cancel")}
          </button>
          <button
            class="danger"
            data-test="confirm-yes"
            ?disabled=${this.busy||l||e.counting}
            @click=${()=>{this.deleteBundle()}}
          >
            ${e.revoke?this.t("tools.bundles.delete_with_keys"):this.t("tools.bundles.delete")}
          </button>
        </div>
      </div>
    </div>`}};function Ze(r){return r==="en"?",":";"}function Mt(r,o){let e=/^[=+\-@\t\r]/.test(r)?`'${r}`:r;return e.includes(o)||/["\r\n]/.test(e)?`"${e.replace(/"/g,'""')}"`:e}function Qe(r,o,e){return`\uFEFF${[r,...o].map(s=>s.map(n=>Mt(n,e)).join(e)).join(`\r
`)}\r
`}function et(r,o){let e=URL.createObjectURL(new Blob([o],{type:"text/csv;charset=utf-8"})),t=document.createElement("a");t.href=e,t.download=r,t.style.display="none",document.body.append(t),t.click(),t.remove(),window.setTimeout(()=>URL.revokeObjectURL(e),1e4)}var pe=100,tt=1e3,Ut=300,ot=["unlocked","unlatched","locked","denied","blocked_credential_presented","share_used","emergency_key_used","door_opened","door_closed","jammed","tamper","battery_low","rebooted","clock_set","paired","credentials_updated","door_removed","registry_changed","import","erasure"],Kt=new Set(["unlocked","unlatched","share_used","emergency_key_used"]),Bt=new Set(["denied","blocked_credential_presented","jammed","tamper"]),Ft=new Set(["no_key","outside_schedule","not_yet_valid","expired","use_limit_reached","share_revoked","unknown_door","unattributed_refused","unknown_credential","disabled","keypad_locked"]),Vt=new Set(["ble","pin","tag","button","auto_relock","manual","system","hub"]),Y=class extends v{constructor(){super();this.queries=0;this.overview=void 0,this.filters={door:"",person:"",kind:"",since:"",until:""},this.events=void 0,this.cursor=null,this.loading=!1,this.exporting=void 0}static{this.properties={overview:{state:!0},filters:{state:!0},events:{state:!0},cursor:{state:!0},loading:{state:!0},exporting:{state:!0}}}static{this.styles=[v.styles,m`
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
    `]}disconnectedCallback(){super.disconnectedCallback(),window.clearTimeout(this.filterTimer)}async load(){let[e]=await Promise.all([this.api.call("overview/get"),this.query(Math.min(Math.max(pe,this.events?.length??0),tt))]);this.overview=e}criteria(){let{door:e,person:t,kind:s,since:n,until:l}=this.filters,i={};return e&&(i.door=e),t&&(i.person_id=t),s&&(i.kinds=[s]),n&&(i.since=n),l&&(i.until=l),i}async query(e=pe){let t=++this.queries;this.loading=!0;try{let s=await this.api.call("events/query",{...this.criteria(),limit:e});if(t!==this.queries)return;this.events=s.events,this.cursor=s.cursor,this.error=""}catch(s){t===this.queries&&this.fail(s)}finally{t===this.queries&&(this.loading=!1)}}async more(){if(!this.cursor)return;let e=++this.queries;this.loading=!0;try{let t=await this.api.call("events/query",{...this.criteria(),limit:pe,cursor:this.cursor});if(e!==this.queries)return;this.events=[...this.events??[],...t.events],this.cursor=t.cursor}catch(t){e===this.queries&&this.fail(t)}finally{e===this.queries&&(this.loading=!1)}}setFilter(e,t){this.filters={...this.filters,[e]:t},window.clearTimeout(this.filterTimer),this.filterTimer=window.setTimeout(()=>{this.query()},Ut)}doorName(e){return e?this.overview?.doors.find(t=>t.id===e)?.name??e:""}who(e){return e.person_id?this.overview?.people.find(t=>t.id===e.person_id)?.name??e.person_id:e.share_id?this.t("tools.events.guest"):e.user_id?e.user_id===this.hass?.user?.id?this.hass.user.name:this.t("tools.events.ha_user"):""}kindText(e){return ot.includes(e)?this.t(`tools.kind.${e}`):e}outcome(e){if(e.kind==="denied"){let t=e.reason??"";return Ft.has(t)?this.t(`tools.events.reason.${t}`):this.t("tools.events.refused")}return e.source&&Vt.has(e.source)?this.t(`tools.events.source.${e.source}`):e.source??""}async exportCsv(){this.exporting=0;try{let e=[],t=null;do{let i={...this.criteria(),limit:tt};t&&(i.cursor=t);let d=await this.api.call("events/query",i);e.push(...d.events),t=d.cursor,this.exporting=e.length}while(t);let s=["time","door","person","kind","outcome","door_id","person_id"].map(i=>this.t(`tools.events.csv.${i}`)),n=Qe(s,e.map(i=>[Je(i.time),this.doorName(i.door_id),this.who(i),this.kindText(i.kind),this.outcome(i),i.door_id??"",i.person_id??""]),Ze(this.uiLanguage)),l=new Date().toISOString().slice(0,10);et(`digitalkey-events-${l}.csv`,n),this.toast(this.t("tools.events.exported",{count:this.num(e.length)}))}catch(e){this.fail(e)}finally{this.exporting=void 0}}render(){let e=[...this.overview?.doors??[]].sort((s,n)=>s.name.localeCompare(n.name,this.uiLanguage)),t=[...ot].sort((s,n)=>this.kindText(s).localeCompare(this.kindText(n),this.uiLanguage));return a`<div class="content">
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
              ${e.map(s=>a`<option value=${s.id} ?selected=${this.filters.door===s.id}>
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
              ${t.map(s=>a`<option value=${s} ?selected=${this.filters.kind===s}>
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
        ${this.error?a`<p class="error" data-test="error" role="alert">${this.error}</p>`:c}
        ${this.renderRows()}
      </div>
    </div>`}renderRows(){let e=this.events;return e===void 0?a`<p class="empty">${this.t("common.loading")}</p>`:e.length===0?a`<p class="empty">${this.t("tools.events.none")}</p>`:a`<table class="stack" data-test="events-table">
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
        ${this.cursor?a`<button
              class="secondary-action"
              data-test="events-more"
              ?disabled=${this.loading}
              @click=${()=>{this.more()}}
            >
              ${this.t("tools.events.more")}
            </button>`:c}
      </div>`}renderRow(e){let t=Kt.has(e.kind)?"ok":Bt.has(e.kind)?"bad":e.kind==="battery_low"?"warn":"",s=this.who(e),n=this.outcome(e);return a`<tr data-test="event-row" data-id=${String(e.id??"")} data-kind=${e.kind}>
      <td class="time inline">${I(this.uiLanguage,e.time)}</td>
      <td class="inline">
        ${e.door_id?a`<button class="link" @click=${()=>this.navigate("door",e.door_id)}>
              ${this.doorName(e.door_id)}
            </button>`:c}
      </td>
      <td class="inline">
        ${e.person_id?a`<button
              class="link"
              @click=${()=>this.navigate("person",e.person_id)}
            >
              ${s}
            </button>`:s}
      </td>
      <td class="inline"><span class="chip ${t}">${this.kindText(e.kind)}</span></td>
      <td class="inline">${n}</td>
    </tr>`}};function Gt(r){if(r[0]===255&&r[1]===254)return{text:new TextDecoder("utf-16le").decode(r),encoding:"utf-16le"};if(r[0]===254&&r[1]===255)return{text:new TextDecoder("utf-16be").decode(r),encoding:"utf-16be"};try{return{text:new TextDecoder("utf-8",{fatal:!0}).decode(r),encoding:"utf-8"}}catch{return{text:new TextDecoder("windows-1252").decode(r),encoding:"windows-1252"}}}function Wt(r){return r.split(/\r\n|\n|\r/)}function qt(r,o){let e=[],t="",s=!1;for(let n=0;n<r.length;n++){let l=r[n];s?l==='"'&&r[n+1]==='"'?(t+='"',n++):l==='"'?s=!1:t+=l:l==='"'?s=!0:l===o?(e.push(t),t=""):t+=l}return e.push(t),e}function Xt(r){let o=r.replace(/"[^"]*"/g,""),e=",",t=0;for(let s of["	",";",","]){let n=o.split(s).length-1;n>t&&(e=s,t=n)}return e}function Yt(r){let o=r.find(t=>t.trim()&&!t.trimStart().startsWith("#"));if(o===void 0)return[];let e=qt(o,Xt(o)).map(t=>t.trim());for(;e.length&&!e[e.length-1];)e.pop();return e}async function st(r){if(r.size>2*4128768)throw new Error("too_large");let{text:o,encoding:e}=Gt(new Uint8Array(await r.arrayBuffer())),t=o.replace(/^\uFEFF/,"");if(new TextEncoder().encode(JSON.stringify(t)).length>4128768)throw new Error("too_large");let s=Wt(t);return{name:r.name,text:t,encoding:e,lines:s,columns:Yt(s)}}var H=200,Zt=300,Qt=["dwelling","entrance","name","first_name","last_name","phone","email","role","consent"],eo=["no_consent","no_contact","no_key","notify_failed"],to=new Set(["import_unknown_columns","import_missing_required_column","import_duplicate_column","import_mapped_column_not_found","import_unknown_field"]),nt=120,rt=1e4,J=class extends v{constructor(){super();this.runs=0;this.overview=void 0,this.file=void 0,this.columns={},this.showColumns=!1,this.entrances=void 0,this.owners={},this.unknownColumns=[],this.mapping={},this.shareLimit=0,this.report=void 0,this.running=!1,this.view="attention",this.shown=H,this.done=void 0,this.importing=!1,this.scope="all",this.preview=void 0,this.previewing=!1,this.sending=!1,this.sent=void 0,this.errorAt="import"}static{this.properties={overview:{state:!0},file:{state:!0},columns:{state:!0},showColumns:{state:!0},entrances:{state:!0},owners:{state:!0},unknownColumns:{state:!0},mapping:{state:!0},shareLimit:{state:!0},report:{state:!0},running:{state:!0},view:{state:!0},shown:{state:!0},done:{state:!0},importing:{state:!0},scope:{state:!0},preview:{state:!0},previewing:{state:!0},sending:{state:!0},sent:{state:!0},errorAt:{state:!0}}}static{this.styles=[v.styles,m`
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
    `]}async load(){this.overview=await this.api.call("overview/get"),this.report&&!this.done&&!this.running&&!this.importing&&this.scheduleRerun()}disconnectedCallback(){super.disconnectedCallback(),window.clearTimeout(this.rerunTimer)}showError(e,t){this.fail(e),this.errorAt=t}async chooseFile(e){let s=e.target.files?.[0];if(this.runs++,window.clearTimeout(this.rerunTimer),this.running=!1,this.file=void 0,this.report=void 0,this.done=void 0,this.entrances=void 0,this.owners={},this.unknownColumns=[],this.mapping={},this.columns={},this.showColumns=!1,this.preview=void 0,this.sent=void 0,this.error="",!!s)try{this.file=await st(s)}catch(n){this.error=n instanceof Error&&n.message==="too_large"?this.t("tools.import.too_large",{limit:4}):this.t("tools.import.unreadable"),this.errorAt="file"}}payload(e,t){return{csv:this.file?.text??"",entrances:e,columns:this.columns,share_limit:this.shareLimit,dry_run:t}}mapped(){return Object.fromEntries(Object.entries(this.mapping).filter(([,e])=>e))}async dryRun(){if(!this.file)return;window.clearTimeout(this.rerunTimer);let e=++this.runs;this.running=!0;try{if(this.entrances===void 0){let s=await this.api.call("residents/import",this.payload({},!0));if(e!==this.runs)return;if(this.entrances=this.foundEntrances(s),this.mapping=this.suggested(this.entrances),Object.keys(this.mapped()).length===0){this.settle(s);return}}let t=await this.api.call("residents/import",this.payload(this.mapped(),!0));e===this.runs&&this.settle(t)}catch(t){if(e!==this.runs)return;this.report=void 0,this.showError(t,"import");let s=t,n=s?.translation_key;n&&to.has(n)&&(this.showColumns=!0),this.unknownColumns=n==="import_unknown_columns"?(s?.translation_placeholders?.columns??"").split(", ").filter(Boolean):[]}finally{e===this.runs&&(this.running=!1)}}settle(e){this.report=e,this.error="",this.unknownColumns=[],this.shown=H}scheduleRerun(){window.clearTimeout(this.rerunTimer),this.runs++,this.running=!0,this.rerunTimer=window.setTimeout(()=>{this.dryRun()},Zt)}changed(){this.preview=void 0,this.file&&(this.report||this.error)&&this.scheduleRerun()}foundEntrances(e){let t={};for(let s of e.lines)for(let n of s.reasons??[]){if(n.code!=="no_key_for_entrance")continue;let l=n.placeholders.entrance??"";t[l]=(t[l]??0)+1}return this.owners=t,Object.keys(t).sort((s,n)=>s.localeCompare(n,this.uiLanguage,{numeric:!0}))}suggested(e){let t={...this.mapping};for(let s of e){if(s in t||!s)continue;let n=A(s),l=(this.overview?.doors??[]).filter(p=>p.entrance&&A(p.entrance)===n),i=(this.overview?.bundles??[]).filter(p=>A(p.name)===n),d=l.length===1?l[0]:i.length===1?i[0]:void 0;d&&(t[s]=d.id)}return t}async confirm(){if(!(!this.file||!this.report)){this.importing=!0;try{let e=await this.api.call("residents/import",this.payload(this.mapped(),!1));this.runs++,this.done=e,this.report=void 0,this.error="",this.scope="file",this.toast(this.t("tools.import.done_toast",{count:this.num(e.created+e.updated+e.unchanged)})),this.overview=await this.api.call("overview/get")}catch(e){this.showError(e,"import")}finally{this.importing=!1}}}fileOwners(){let e=new Map(this.overview?.people.map(s=>[s.id,s.role])),t=(this.done?.lines??[]).filter(s=>s.outcome!=="rejected"&&s.person_id).map(s=>s.person_id).filter(s=>(e.get(s)??"owner")==="owner");return[...new Set(t)]}async sendKeys(e,t){if(e===void 0)return this.api.call("keys/send",{dry_run:t});let s={notified:[],not_notified:[]};for(let n=0;n<e.length;n+=rt){let l=await this.api.call("keys/send",{person_ids:e.slice(n,n+rt),dry_run:t});s.notified.push(...l.notified),s.not_notified.push(...l.not_notified)}return s}async previewSend(){this.previewing=!0,this.sent=void 0;try{this.preview=await this.sendKeys(this.done&&this.scope==="file"?this.fileOwners():void 0,!0),this.error=""}catch(e){this.preview=void 0,this.showError(e,"send")}finally{this.previewing=!1}}async send(){let e=this.preview;if(!(!e||e.notified.length===0)){this.sending=!0;try{let t=await this.sendKeys(e.notified,!1);this.sent=t,this.preview=void 0,this.error="",this.toast(this.t("tools.send.sent_toast",{count:this.num(t.notified.length)}))}catch(t){this.showError(t,"send")}finally{this.sending=!1}}}errorHere(e){return this.error&&this.errorAt===e?a`<p class="error" data-test="error" role="alert">${this.error}</p>`:c}render(){return a`<div class="content">
      ${this.renderFile()} ${this.file&&!this.done?this.renderSettings():c}
      ${this.report&&!this.done?this.renderReport(this.report):c}
      ${this.done?this.renderDone(this.done):c} ${this.renderSend()}
    </div>`}renderFile(){let e=this.file;return a`<div class="card">
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
      ${e?a`<p class="hint" data-test="import-file-info">
            ${this.t("tools.import.file_info",{name:e.name,lines:this.num(e.lines.filter(t=>t.trim()).length),encoding:this.t(`tools.import.encoding.${e.encoding}`)})}
          </p>`:c}
      ${this.errorHere("file")}
    </div>`}renderSettings(){let e=this.renderTargets();return a`<div class="card">
      <h2>${this.t("tools.import.keys_title")}</h2>
      ${this.entrances===void 0?a`<p class="secondary">${this.t("tools.import.entrances_after_run")}</p>`:this.entrances.length===0?a`<p class="secondary">${this.t("tools.import.no_owner_entrances")}</p>`:a`<p class="secondary">${this.t("tools.import.entrances_intro")}</p>
              <div class="mapping">
                ${this.entrances.map(t=>a`<label class="name" for=${`entrance-${t}`}
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
    </div>`}renderTargets(){let e=[...this.overview?.doors??[]].sort((s,n)=>s.name.localeCompare(n.name,this.uiLanguage)),t=[...this.overview?.bundles??[]].sort((s,n)=>s.name.localeCompare(n.name,this.uiLanguage));return s=>a`${t.length?a`<optgroup label=${this.t("tools.import.bundles")}>
            ${t.map(n=>a`<option value=${n.id} ?selected=${s===n.id}>
                  ${n.name}
                </option>`)}
          </optgroup>`:c}
      ${e.length?a`<optgroup label=${this.t("tools.import.doors")}>
            ${e.map(n=>a`<option value=${n.id} ?selected=${s===n.id}>${n.name}</option>`)}
          </optgroup>`:c}`}renderColumns(){let e=this.file;if(!e||e.columns.length===0)return c;let t=this.report?.columns??{},s=i=>Object.keys(this.columns).find(d=>this.columns[d]===i)??"",n=i=>Object.keys(t).find(d=>t[d]===i),l=(i,d)=>{let p={};for(let[h,u]of Object.entries(this.columns))u!==i&&h!==d&&(p[h]=u);d&&(p[d]=i),this.columns=p,this.entrances=void 0,this.changed()};return a`<details
      ?open=${this.showColumns}
      @toggle=${i=>this.showColumns=i.target.open}
    >
      <summary data-test="import-columns-toggle">${this.t("tools.import.columns")}</summary>
      <p class="hint">${this.t("tools.import.columns_intro")}</p>
      <div class="mapping">
        ${e.columns.map(i=>{let d=n(i);return a`<label class="name" for=${`column-${i}`}>${i||"–"}</label>
            <select
              id=${`column-${i}`}
              class=${this.unknownColumns.includes(i)?"unknown":""}
              data-test="import-column"
              data-column=${i}
              @change=${p=>l(i,p.target.value)}
            >
              <option value="" ?selected=${!s(i)}>
                ${d?this.t("tools.import.column_auto",{field:this.t(`tools.field.${d}`)}):this.unknownColumns.includes(i)?this.t("tools.import.column_unknown"):this.t("tools.import.column_as_read")}
              </option>
              ${Qt.map(p=>a`<option value=${p} ?selected=${s(i)===p}>
                    ${this.t(`tools.field.${p}`)}
                  </option>`)}
            </select>`})}
      </div>
    </details>`}renderCounts(e){let t=[["created",e.created],["updated",e.updated],["unchanged",e.unchanged],["rejected",e.rejected],["grants",e.grants]];return a`<div class="counts">
      ${t.map(([s,n])=>a`<div class="count" data-test="import-count" data-outcome=${s}>
            <strong>${this.num(n)}</strong><span>${this.t(`tools.import.count.${s}`)}</span>
          </div>`)}
    </div>`}renderReport(e){let t=[...e.lines.filter(i=>i.outcome==="rejected"),...e.lines.filter(i=>i.outcome!=="rejected"&&i.reasons?.length)],s=this.view==="attention"?t:e.lines,n=s.slice(0,this.shown),l=e.created+e.updated+e.unchanged;return a`<div class="card ${this.running?"stale":""}">
      <div class="card-head">
        <h2>${this.t("tools.import.report_title")}</h2>
        <span class="secondary">${this.t("tools.import.dry_run_note")}</span>
      </div>
      ${this.renderCounts(e)}
      <div class="tabs" role="group">
        <button
          data-test="import-view-attention"
          aria-pressed=${this.view==="attention"?"true":"false"}
          @click=${()=>(this.view="attention",this.shown=H)}
        >
          ${this.t("tools.import.view_attention",{count:this.num(t.length)})}
        </button>
        <button
          data-test="import-show-all"
          aria-pressed=${this.view==="all"?"true":"false"}
          @click=${()=>(this.view="all",this.shown=H)}
        >
          ${this.t("tools.import.view_all",{count:this.num(e.lines.length)})}
        </button>
      </div>
      ${s.length===0?a`<p class="empty">${this.t("tools.import.nothing_to_check")}</p>`:a`<table class="stack" data-test="import-report">
            <thead>
              <tr>
                <th>${this.t("tools.import.col.line")}</th>
                <th>${this.t("tools.import.col.outcome")}</th>
                <th>${this.t("tools.import.col.text")}</th>
                <th>${this.t("tools.import.col.details")}</th>
              </tr>
            </thead>
            <tbody>
              ${n.map(i=>this.renderLine(i))}
            </tbody>
          </table>`}
      ${s.length>n.length?a`<div class="actions">
            <button
              class="secondary-action"
              data-test="import-show-more"
              @click=${()=>this.shown+=H}
            >
              ${this.t("tools.import.show_more",{shown:this.num(n.length),total:this.num(s.length)})}
            </button>
          </div>`:c}
      <div class="actions">
        <button
          class="big"
          data-test="import-confirm"
          ?disabled=${this.running||this.importing||l===0}
          @click=${()=>{this.confirm()}}
        >
          ${this.importing?this.t("tools.import.importing"):this.t("tools.import.confirm",{count:this.num(l)})}
        </button>
      </div>
    </div>`}renderLine(e){let t=this.file?.lines[e.line-1]??"",s=t.length>nt?`${t.slice(0,nt)}…`:t,n=e.outcome==="rejected"?"bad":e.reasons?.length?"warn":e.outcome==="created"?"ok":"";return a`<tr data-test="import-line" data-outcome=${e.outcome} data-line=${e.line}>
      <td class="num inline" data-label=${this.t("tools.import.col.line")}>${this.num(e.line)}</td>
      <td class="inline">
        <span class="chip ${n}">${this.t(`tools.import.outcome.${e.outcome}`)}</span>
      </td>
      <td class="line-text" title=${t}>${s}</td>
      <td>${this.renderDetails(e)}</td>
    </tr>`}renderDetails(e){let t=(e.reasons??[]).map(s=>a`<span class="reason" data-test="import-reason" data-code=${s.code}
        >${this.reasonText(s)}</span
      >`);return e.outcome==="updated"&&e.fields?.length&&t.push(a`<span class="reason"
          >${this.t("tools.import.changes",{fields:e.fields.map(s=>this.t(`tools.field.${s}`)).join(", ")})}</span
        >`),e.grant_ids?.length&&t.push(a`<span class="reason">${this.t("tools.import.gets_key")}</span>`),t}reasonText(e){let t=e.code.startsWith("access_")?e.code:`import_${e.code}`;return this.hass?.localize?.(`component.digitalkey.exceptions.${t}.message`,e.placeholders)||e.text||e.code}renderDone(e){return a`<div class="card" data-test="import-done">
      <h2>${this.t("tools.import.done_title")}</h2>
      ${this.renderCounts(e)}
      ${e.rejected?a`<p class="secondary">
            ${this.t("tools.import.done_rejected",{count:this.num(e.rejected)})}
          </p>`:c}
      <p class="secondary">${this.t("tools.import.done_next")}</p>
    </div>`}name(e){return this.overview?.people.find(t=>t.id===e)?.name??e}contact(e){let t=this.overview?.people.find(s=>s.id===e);return t?.phone??t?.email??""}renderSend(){let e=this.preview;return a`<div class="card">
      <h2>${this.t("tools.send.title")}</h2>
      <p class="secondary">${this.t("tools.send.intro")}</p>
      ${this.done?a`<div class="row" role="radiogroup">
            ${["file","all"].map(t=>a`<label class="inline" style="min-height: 40px">
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
          </div>`:c}
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
      ${e?this.renderPreview(e):c}
      ${this.sent?this.renderSent(this.sent):c}
    </div>`}renderPreview(e){return a`<div data-test="send-keys-list">
      <h3>
        ${this.t("tools.send.will_get",{count:this.num(e.notified.length)})}
      </h3>
      ${e.notified.length?a`<ul class="people">
            ${e.notified.map(t=>a`<li data-test="send-keys-person" data-id=${t}>
                  ${this.name(t)} <span class="secondary">${this.contact(t)}</span>
                </li>`)}
          </ul>`:c}
      ${this.renderNotNotified(e)}
      <div class="actions">
        <button
          class="big"
          data-test="send-keys-confirm"
          ?disabled=${this.sending||e.notified.length===0}
          @click=${()=>{this.send()}}
        >
          ${this.sending?this.t("tools.send.sending"):this.t("tools.send.confirm",{count:this.num(e.notified.length)})}
        </button>
      </div>
    </div>`}renderNotNotified(e){return eo.map(t=>{let s=e.not_notified.filter(n=>n.reason===t);return s.length?a`<h3>
          ${this.t(`tools.send.reason.${t}`,{count:this.num(s.length)})}
        </h3>
        <ul class="people">
          ${s.map(n=>a`<li data-test="send-keys-skipped" data-id=${n.person_id} data-reason=${t}>
                <button class="link" @click=${()=>this.navigate("person",n.person_id)}>
                  ${this.name(n.person_id)}
                </button>
              </li>`)}
        </ul>`:c})}renderSent(e){return a`<div data-test="send-keys-done">
      <h3>${this.t("tools.send.sent",{count:this.num(e.notified.length)})}</h3>
      ${this.renderNotNotified(e)}
    </div>`}};for(let[r,o]of[["dk-person-picker",W],["dk-bundles-page",X],["dk-import-page",J],["dk-events-page",Y],["dk-access-page",q]])customElements.get(r)||customElements.define(r,o);for(let[r,o]of[["digitalkey-control-center",F],["digitalkey-my-keys",V]])customElements.get(r)||customElements.define(r,o);
