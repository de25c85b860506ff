var q=globalThis,Z=q.ShadowRoot&&(q.ShadyCSS===void 0||q.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ve=Symbol(),Be=new WeakMap,U=class{constructor(n,e,t){if(this._$cssResult$=!0,t!==ve)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=n,this.t=e}get styleSheet(){let n=this.o,e=this.t;if(Z&&n===void 0){let t=e!==void 0&&e.length===1;t&&(n=Be.get(e)),n===void 0&&((this.o=n=new CSSStyleSheet).replaceSync(this.cssText),t&&Be.set(e,n))}return n}toString(){return this.cssText}},Oe=s=>new U(typeof s=="string"?s:s+"",void 0,ve),x=(s,...n)=>{let e=s.length===1?s[0]:n.reduce((t,r,i)=>t+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+s[i+1],s[0]);return new U(e,s,ve)},Fe=(s,n)=>{if(Z)s.adoptedStyleSheets=n.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of n){let t=document.createElement("style"),r=q.litNonce;r!==void 0&&t.setAttribute("nonce",r),t.textContent=e.cssText,s.appendChild(t)}},ke=Z?s=>s:s=>s instanceof CSSStyleSheet?(n=>{let e="";for(let t of n.cssRules)e+=t.cssText;return Oe(e)})(s):s;var{is:It,defineProperty:Lt,getOwnPropertyDescriptor:jt,getOwnPropertyNames:Rt,getOwnPropertySymbols:Ct,getPrototypeOf:Ht}=Object,J=globalThis,Ge=J.trustedTypes,Ut=Ge?Ge.emptyScript:"",Mt=J.reactiveElementPolyfillSupport,M=(s,n)=>s,ye={toAttribute(s,n){switch(n){case Boolean:s=s?Ut:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,n){let e=s;switch(n){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},Ke=(s,n)=>!It(s,n),Ve={attribute:!0,type:String,converter:ye,reflect:!1,useDefault:!1,hasChanged:Ke};Symbol.metadata??=Symbol("metadata"),J.litPropertyMetadata??=new WeakMap;var S=class extends HTMLElement{static addInitializer(n){this._$Ei(),(this.l??=[]).push(n)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(n,e=Ve){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(n)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(n,e),!e.noAccessor){let t=Symbol(),r=this.getPropertyDescriptor(n,t,e);r!==void 0&&Lt(this.prototype,n,r)}}static getPropertyDescriptor(n,e,t){let{get:r,set:i}=jt(this.prototype,n)??{get(){return this[e]},set(a){this[e]=a}};return{get:r,set(a){let l=r?.call(this);i?.call(this,a),this.requestUpdate(n,l,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(n){return this.elementProperties.get(n)??Ve}static _$Ei(){if(this.hasOwnProperty(M("elementProperties")))return;let n=Ht(this);n.finalize(),n.l!==void 0&&(this.l=[...n.l]),this.elementProperties=new Map(n.elementProperties)}static finalize(){if(this.hasOwnProperty(M("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(M("properties"))){let e=this.properties,t=[...Rt(e),...Ct(e)];for(let r of t)this.createProperty(r,e[r])}let n=this[Symbol.metadata];if(n!==null){let e=litPropertyMetadata.get(n);if(e!==void 0)for(let[t,r]of e)this.elementProperties.set(t,r)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let r=this._$Eu(e,t);r!==void 0&&this._$Eh.set(r,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(n){let e=[];if(Array.isArray(n)){let t=new Set(n.flat(1/0).reverse());for(let r of t)e.unshift(ke(r))}else n!==void 0&&e.push(ke(n));return e}static _$Eu(n,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof n=="string"?n.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(n=>this.enableUpdating=n),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(n=>n(this))}addController(n){(this._$EO??=new Set).add(n),this.renderRoot!==void 0&&this.isConnected&&n.hostConnected?.()}removeController(n){this._$EO?.delete(n)}_$E_(){let n=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(n.set(t,this[t]),delete this[t]);n.size>0&&(this._$Ep=n)}createRenderRoot(){let n=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Fe(n,this.constructor.elementStyles),n}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(n=>n.hostConnected?.())}enableUpdating(n){}disconnectedCallback(){this._$EO?.forEach(n=>n.hostDisconnected?.())}attributeChangedCallback(n,e,t){this._$AK(n,t)}_$ET(n,e){let t=this.constructor.elementProperties.get(n),r=this.constructor._$Eu(n,t);if(r!==void 0&&t.reflect===!0){let i=(t.converter?.toAttribute!==void 0?t.converter:ye).toAttribute(e,t.type);this._$Em=n,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(n,e){let t=this.constructor,r=t._$Eh.get(n);if(r!==void 0&&this._$Em!==r){let i=t.getPropertyOptions(r),a=typeof i.converter=="function"?{fromAttribute:i.converter}:i.converter?.fromAttribute!==void 0?i.converter:ye;this._$Em=r;let l=a.fromAttribute(e,i.type);this[r]=l??this._$Ej?.get(r)??l,this._$Em=null}}requestUpdate(n,e,t,r=!1,i){if(n!==void 0){let a=this.constructor;if(r===!1&&(i=this[n]),t??=a.getPropertyOptions(n),!((t.hasChanged??Ke)(i,e)||t.useDefault&&t.reflect&&i===this._$Ej?.get(n)&&!this.hasAttribute(a._$Eu(n,t))))return;this.C(n,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(n,e,{useDefault:t,reflect:r,wrapped:i},a){t&&!(this._$Ej??=new Map).has(n)&&(this._$Ej.set(n,a??e??this[n]),i!==!0||a!==void 0)||(this._$AL.has(n)||(this.hasUpdated||t||(e=void 0),this._$AL.set(n,e)),r===!0&&this._$Em!==n&&(this._$Eq??=new Set).add(n))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let n=this.scheduleUpdate();return n!=null&&await n,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[r,i]of this._$Ep)this[r]=i;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[r,i]of t){let{wrapped:a}=i,l=this[r];a!==!0||this._$AL.has(r)||l===void 0||this.C(r,void 0,i,l)}}let n=!1,e=this._$AL;try{n=this.shouldUpdate(e),n?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw n=!1,this._$EM(),t}n&&this._$AE(e)}willUpdate(n){}_$AE(n){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(n)),this.updated(n)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(n){return!0}update(n){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(n){}firstUpdated(n){}};S.elementStyles=[],S.shadowRootOptions={mode:"open"},S[M("elementProperties")]=new Map,S[M("finalized")]=new Map,Mt?.({ReactiveElement:S}),(J.reactiveElementVersions??=[]).push("2.1.2");var Se=globalThis,We=s=>s,Y=Se.trustedTypes,qe=Y?Y.createPolicy("lit-html",{createHTML:s=>s}):void 0,et="$lit$",E=`lit$${Math.random().toFixed(9).slice(2)}$`,tt="?"+E,zt=`<${tt}>`,D=document,B=()=>D.createComment(""),O=s=>s===null||typeof s!="object"&&typeof s!="function",Ee=Array.isArray,Bt=s=>Ee(s)||typeof s?.[Symbol.iterator]=="function",_e=`[ 	
\f\r]`,z=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ze=/-->/g,Je=/>/g,A=RegExp(`>|${_e}(?:([^\\s"'>=/]+)(${_e}*=${_e}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ye=/'/g,Qe=/"/g,nt=/^(?:script|style|textarea|title)$/i,Te=s=>(n,...e)=>({_$litType$:s,strings:n,values:e}),o=Te(1),rt=Te(2),yn=Te(3),I=Symbol.for("lit-noChange"),d=Symbol.for("lit-nothing"),Xe=new WeakMap,N=D.createTreeWalker(D,129);function st(s,n){if(!Ee(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return qe!==void 0?qe.createHTML(n):n}var Ot=(s,n)=>{let e=s.length-1,t=[],r,i=n===2?"<svg>":n===3?"<math>":"",a=z;for(let l=0;l<e;l++){let c=s[l],h,u,p=-1,y=0;for(;y<c.length&&(a.lastIndex=y,u=a.exec(c),u!==null);)y=a.lastIndex,a===z?u[1]==="!--"?a=Ze:u[1]!==void 0?a=Je:u[2]!==void 0?(nt.test(u[2])&&(r=RegExp("</"+u[2],"g")),a=A):u[3]!==void 0&&(a=A):a===A?u[0]===">"?(a=r??z,p=-1):u[1]===void 0?p=-2:(p=a.lastIndex-u[2].length,h=u[1],a=u[3]===void 0?A:u[3]==='"'?Qe:Ye):a===Qe||a===Ye?a=A:a===Ze||a===Je?a=z:(a=A,r=void 0);let b=a===A&&s[l+1].startsWith("/>")?" ":"";i+=a===z?c+zt:p>=0?(t.push(h),c.slice(0,p)+et+c.slice(p)+E+b):c+E+(p===-2?l:b)}return[st(s,i+(s[e]||"<?>")+(n===2?"</svg>":n===3?"</math>":"")),t]},F=class s{constructor({strings:n,_$litType$:e},t){let r;this.parts=[];let i=0,a=0,l=n.length-1,c=this.parts,[h,u]=Ot(n,e);if(this.el=s.createElement(h,t),N.currentNode=this.el.content,e===2||e===3){let p=this.el.content.firstChild;p.replaceWith(...p.childNodes)}for(;(r=N.nextNode())!==null&&c.length<l;){if(r.nodeType===1){if(r.hasAttributes())for(let p of r.getAttributeNames())if(p.endsWith(et)){let y=u[a++],b=r.getAttribute(p).split(E),P=/([.?@])?(.*)/.exec(y);c.push({type:1,index:i,name:P[2],strings:b,ctor:P[1]==="."?be:P[1]==="?"?we:P[1]==="@"?$e:R}),r.removeAttribute(p)}else p.startsWith(E)&&(c.push({type:6,index:i}),r.removeAttribute(p));if(nt.test(r.tagName)){let p=r.textContent.split(E),y=p.length-1;if(y>0){r.textContent=Y?Y.emptyScript:"";for(let b=0;b<y;b++)r.append(p[b],B()),N.nextNode(),c.push({type:2,index:++i});r.append(p[y],B())}}}else if(r.nodeType===8)if(r.data===tt)c.push({type:2,index:i});else{let p=-1;for(;(p=r.data.indexOf(E,p+1))!==-1;)c.push({type:7,index:i}),p+=E.length-1}i++}}static createElement(n,e){let t=D.createElement("template");return t.innerHTML=n,t}};function j(s,n,e=s,t){if(n===I)return n;let r=t!==void 0?e._$Co?.[t]:e._$Cl,i=O(n)?void 0:n._$litDirective$;return r?.constructor!==i&&(r?._$AO?.(!1),i===void 0?r=void 0:(r=new i(s),r._$AT(s,e,t)),t!==void 0?(e._$Co??=[])[t]=r:e._$Cl=r),r!==void 0&&(n=j(s,r._$AS(s,n.values),r,t)),n}var fe=class{constructor(n,e){this._$AV=[],this._$AN=void 0,this._$AD=n,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(n){let{el:{content:e},parts:t}=this._$AD,r=(n?.creationScope??D).importNode(e,!0);N.currentNode=r;let i=N.nextNode(),a=0,l=0,c=t[0];for(;c!==void 0;){if(a===c.index){let h;c.type===2?h=new G(i,i.nextSibling,this,n):c.type===1?h=new c.ctor(i,c.name,c.strings,this,n):c.type===6&&(h=new xe(i,this,n)),this._$AV.push(h),c=t[++l]}a!==c?.index&&(i=N.nextNode(),a++)}return N.currentNode=D,r}p(n){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(n,t,e),e+=t.strings.length-2):t._$AI(n[e])),e++}},G=class s{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(n,e,t,r){this.type=2,this._$AH=d,this._$AN=void 0,this._$AA=n,this._$AB=e,this._$AM=t,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let n=this._$AA.parentNode,e=this._$AM;return e!==void 0&&n?.nodeType===11&&(n=e.parentNode),n}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(n,e=this){n=j(this,n,e),O(n)?n===d||n==null||n===""?(this._$AH!==d&&this._$AR(),this._$AH=d):n!==this._$AH&&n!==I&&this._(n):n._$litType$!==void 0?this.$(n):n.nodeType!==void 0?this.T(n):Bt(n)?this.k(n):this._(n)}O(n){return this._$AA.parentNode.insertBefore(n,this._$AB)}T(n){this._$AH!==n&&(this._$AR(),this._$AH=this.O(n))}_(n){this._$AH!==d&&O(this._$AH)?this._$AA.nextSibling.data=n:this.T(D.createTextNode(n)),this._$AH=n}$(n){let{values:e,_$litType$:t}=n,r=typeof t=="number"?this._$AC(n):(t.el===void 0&&(t.el=F.createElement(st(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===r)this._$AH.p(e);else{let i=new fe(r,this),a=i.u(this.options);i.p(e),this.T(a),this._$AH=i}}_$AC(n){let e=Xe.get(n.strings);return e===void 0&&Xe.set(n.strings,e=new F(n)),e}k(n){Ee(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,r=0;for(let i of n)r===e.length?e.push(t=new s(this.O(B()),this.O(B()),this,this.options)):t=e[r],t._$AI(i),r++;r<e.length&&(this._$AR(t&&t._$AB.nextSibling,r),e.length=r)}_$AR(n=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);n!==this._$AB;){let t=We(n).nextSibling;We(n).remove(),n=t}}setConnected(n){this._$AM===void 0&&(this._$Cv=n,this._$AP?.(n))}},R=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(n,e,t,r,i){this.type=1,this._$AH=d,this._$AN=void 0,this.element=n,this.name=e,this._$AM=r,this.options=i,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=d}_$AI(n,e=this,t,r){let i=this.strings,a=!1;if(i===void 0)n=j(this,n,e,0),a=!O(n)||n!==this._$AH&&n!==I,a&&(this._$AH=n);else{let l=n,c,h;for(n=i[0],c=0;c<i.length-1;c++)h=j(this,l[t+c],e,c),h===I&&(h=this._$AH[c]),a||=!O(h)||h!==this._$AH[c],h===d?n=d:n!==d&&(n+=(h??"")+i[c+1]),this._$AH[c]=h}a&&!r&&this.j(n)}j(n){n===d?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,n??"")}},be=class extends R{constructor(){super(...arguments),this.type=3}j(n){this.element[this.name]=n===d?void 0:n}},we=class extends R{constructor(){super(...arguments),this.type=4}j(n){this.element.toggleAttribute(this.name,!!n&&n!==d)}},$e=class extends R{constructor(n,e,t,r,i){super(n,e,t,r,i),this.type=5}_$AI(n,e=this){if((n=j(this,n,e,0)??d)===I)return;let t=this._$AH,r=n===d&&t!==d||n.capture!==t.capture||n.once!==t.once||n.passive!==t.passive,i=n!==d&&(t===d||r);r&&this.element.removeEventListener(this.name,this,t),i&&this.element.addEventListener(this.name,this,n),this._$AH=n}handleEvent(n){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,n):this._$AH.handleEvent(n)}},xe=class{constructor(n,e,t){this.element=n,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(n){j(this,n)}};var Ft=Se.litHtmlPolyfillSupport;Ft?.(F,G),(Se.litHtmlVersions??=[]).push("3.3.3");var it=(s,n,e)=>{let t=e?.renderBefore??n,r=t._$litPart$;if(r===void 0){let i=e?.renderBefore??null;t._$litPart$=r=new G(n.insertBefore(B(),i),i,void 0,e??{})}return r._$AI(s),r};var Pe=globalThis,k=class extends S{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let n=super.createRenderRoot();return this.renderOptions.renderBefore??=n.firstChild,n}update(n){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(n),this._$Do=it(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return I}};k._$litElement$=!0,k.finalized=!0,Pe.litElementHydrateSupport?.({LitElement:k});var Gt=Pe.litElementPolyfillSupport;Gt?.({LitElement:k});(Pe.litElementVersions??=[]).push("4.2.2");var ot={"common.loading":"Indlæser …","common.error":"Noget gik galt: {message}"};var at={"common.loading":"Loading…","common.error":"Something went wrong: {message}"};var ct={"common.loading":"Laster …","common.error":"Noe gikk galt: {message}"};var lt={"common.loading":"Laden…","common.error":"Er ging iets mis: {message}"};var dt={"cc.title":"Digital Key","cc.menu":"Menu","cc.nav.label":"Sider","cc.nav.overview":"Oversigt","cc.nav.bundles":"Nøglebundter","cc.nav.import":"Import","cc.nav.events":"Hændelseslog","cc.nav.access":"Adgangstjek","cc.loading":"Indlæser …","cc.cancel":"Annuller","cc.save":"Gem","cc.edit":"Rediger","cc.remove":"Fjern","cc.done":"Færdig","cc.copy":"Kopiér","cc.copied":"Kopieret.","cc.yes":"Ja","cc.no":"Nej","cc.actions":"Handlinger","cc.role.owner":"Ejer","cc.role.tenant":"Lejer","cc.role.board":"Bestyrelsesmedlem","cc.role.caretaker":"Vicevært","cc.role.service_provider":"Serviceleverandør","cc.language.en":"Engelsk","cc.language.nb":"Norsk (bokmål)","cc.language.da":"Dansk","cc.language.nl":"Nederlandsk","cc.lock.locked":"Låst","cc.lock.unlocked":"Ulåst","cc.lock.locking":"Låser","cc.lock.unlocking":"Låser op","cc.lock.open":"Åben","cc.lock.opening":"Åbner","cc.lock.jammed":"Blokeret","cc.lock.unavailable":"Ikke tilgængelig","cc.lock.unknown":"Ukendt tilstand","cc.battery.label":"Batteri","cc.battery.level":"Batteri {level}","cc.battery.critical":"Batteri {level} – skift nu","cc.battery.critical_hint":"Batteriet er næsten fladt: skift det, før døren holder op med at svare.","cc.battery.none":"Ikke meldt endnu","cc.sync.in_sync":"Synkroniseret","cc.sync.pending":"Afventer ({count})","cc.sync.pending_hint":"{count} ændringer af pinkoder og brikker venter på at nå denne dør.","cc.sync.failed":"Synkronisering mislykkedes","cc.sync.failed_since":"Mislykket siden {time}","cc.sync.last_synced":"Sidst synkroniseret {time}","cc.sync.pending_since":"Afventer siden {time}","cc.sync_reason.unreachable":"Døren kunne ikke nås over Bluetooth.","cc.sync_reason.busy":"Dørenheden var optaget af en anden controller.","cc.sync_reason.conflict":"Dørenhedens liste blev ved med at ændre sig under synkroniseringen (skriver en anden hub til den?).","cc.sync_reason.unit_full":"Døren har flere pinkoder og brikker, end enheden kan rumme.","cc.sync_reason.not_paired":"Dørenheden kender ikke længere denne hub: se Reparationer.","cc.sync_reason.unknown":"Seneste synkronisering mislykkedes.","cc.sync.unknown":"Synkronisering ukendt","cc.window.always":"Uden slutdato","cc.window.from":"Fra {from}","cc.window.until":"Til {until}","cc.window.between":"{from} – {until}","cc.overview.doors":"Døre","cc.overview.people":"Personer","cc.overview.no_doors":"Ingen døre endnu. Tilføj en dørenhed under Indstillinger → Enheder og tjenester → Digital Key.","cc.overview.no_people":"Ingen personer endnu. Tilføj en, eller importér beboerlisten.","cc.overview.no_match":"Ingen match.","cc.overview.add_person":"Tilføj person","cc.overview.search":"Søg efter personer","cc.overview.search_placeholder":"Navn, bolig eller telefon","cc.overview.any_role":"Alle roller","cc.overview.any_entrance":"Alle opgange","cc.overview.filter_no_consent":"Uden samtykke","cc.overview.filter_no_user":"Uden tilknyttet bruger","cc.overview.filter_at_limit":"Delinger ved grænsen","cc.overview.count":"{count} personer","cc.overview.count_filtered":"{count} af {total} personer","cc.overview.showing":"Viser {shown} af {count}","cc.overview.show_more":"Vis {count} mere","cc.overview.keys":"{count} nøgler","cc.overview.keys_hint":"Døre, personen har nøgle til","cc.overview.shares":"{count} delt","cc.overview.shares_hint":"Aktive nøgler, personen har delt","cc.overview.at_limit":"Kan ikke dele mere: en nøgles delingsgrænse er nået","cc.overview.no_consent":"Uden samtykke","cc.overview.no_user":"Ingen bruger","cc.person.add_title":"Tilføj person","cc.person.edit_title":"Ret oplysninger","cc.person.add":"Tilføj","cc.person.added":"Personen er tilføjet.","cc.person.saved":"Oplysningerne er gemt.","cc.person.name":"Navn","cc.person.name_needed":"Skriv personens navn.","cc.person.role":"Rolle","cc.person.phone":"Mobilnummer","cc.person.email":"E-mail","cc.person.dwelling":"Bolig","cc.person.entrance":"Opgang","cc.person.language":"Sprog i beskeder","cc.person.language_default":"Som Home Assistant er indstillet","cc.person.user":"Home Assistant-bruger","cc.person.user_hint":"Brugeren, hvis app har personens nøgler.","cc.person.no_user":"Ingen","cc.person.user_unknown":"En bruger, der ikke findes længere","cc.person.user_linked_to":"{user} (tilknyttet {person})","cc.person.consent":"Samtykker til digitale beskeder","cc.person.consent_short":"Samtykke","cc.person.consent_hint":"Uden samtykke får personen stadig nøgler, men ingen beskeder om dem.","cc.person.details":"Oplysninger","cc.person.keys":"Nøgler","cc.person.no_keys":"Ingen nøgler endnu.","cc.person.credentials":"Pinkoder og brikker","cc.person.no_credentials":"Ingen pinkode eller brik.","cc.person.shares":"Nøgler, personen har delt","cc.person.no_shares":"Ingen delte nøgler.","cc.person.events":"Seneste hændelser","cc.person.export":"Eksportér data","cc.person.exported":"Eksporten er downloadet.","cc.person.erase":"Slet","cc.person.erase_title":"Slette {name}?","cc.person.erase_text":"Det, der slettes, er oplysningerne (navn, telefon, e-mail, bolig), nøglerne, de nøgler, personen har delt eller fået, og pinkoderne og brikkerne.","cc.person.erase_log":"Hændelsesloggen beholder sine poster, pseudonymiseret: de kan ikke længere føres tilbage til personen.","cc.person.erase_final":"Dette kan ikke fortrydes. Eksportér dataene først, hvis personen har bedt om dem.","cc.person.erased":"Personen er slettet.","cc.person.remove":"Fjern person","cc.person.remove_title":"Fjerne {name}?","cc.person.remove_text":"Nøglerne ({keys}) og pinkoderne og brikkerne ({credentials}) forsvinder også.","cc.person.remove_shares":"De {count} nøgler, personen har delt, holder også op med at virke.","cc.person.remove_no_shares":"Personen har ingen delte nøgler.","cc.person.remove_log":"Hændelsesloggen beholder posterne; brug Slet for også at fjerne dem.","cc.person.removed":"{name} er fjernet.","cc.key.door":"Dør","cc.key.when":"Hvornår","cc.key.sharing":"Deling","cc.key.bundle_of":"Bundt: {doors}","cc.key.emergency":"Akutnøgle","cc.key.no_sharing":"Ingen deling","cc.key.sharing_used":"Må dele: {used} af {limit}","cc.key.saved":"Nøglen er ændret.","cc.key.remove":"Fjern nøgle","cc.key.remove_title":"Fjerne denne nøgle?","cc.key.remove_text":"{person} kan ikke længere åbne {name} med den.","cc.key.remove_shares":"De {count} nøgler, der er delt fra den, holder også op med at virke.","cc.key.removed":"Nøglen er fjernet.","cc.grant.open":"Giv adgang","cc.grant.add_title":"Giv adgang","cc.grant.edit_title":"Ret nøgle: {name}","cc.grant.people_title":"Giv adgang til {door}","cc.grant.doors":"Døre","cc.grant.bundles":"Nøglebundter","cc.grant.people":"Personer","cc.grant.chosen":"{count} valgt","cc.grant.all_of":"Vælg alle {count}","cc.grant.none_of":"Fravælg alle {count}","cc.grant.more_people":"Viser {shown} af {count}: søg for at indsnævre. Vælg alle tager alle match med.","cc.grant.choose_doors":"Vælg mindst én dør eller ét bundt.","cc.grant.choose_people":"Vælg mindst én person.","cc.grant.window":"Gyldig","cc.grant.from":"Fra","cc.grant.until":"Til","cc.grant.window_hint":"Lad stå tomt: fra nu, uden slutdato.","cc.grant.sharing":"Deling","cc.grant.may_share":"Må dele nøglen med andre","cc.grant.share_limit":"Højst antal delinger ad gangen","cc.grant.share_limit_placeholder":"Som før","cc.grant.share_hint":"Nøgler, personen allerede har, beholder deres deling, medmindre du sætter flueben.","cc.grant.share_hint_edit":"Slås deling fra, trækkes de nøgler, der er delt fra denne, tilbage.","cc.grant.save":"Giv adgang","cc.grant.added":"Adgangen er givet.","cc.schedule.limited":"Kun på faste tidspunkter i ugen","cc.schedule.any_time":"På alle tider af døgnet og ugen.","cc.schedule.any_time_short":"Når som helst","cc.schedule.weekdays":"Ugedage","cc.schedule.start":"Fra","cc.schedule.end":"Til","cc.schedule.add_window":"Tilføj tider","cc.schedule.remove_window":"Fjern disse tider","cc.schedule.overnight_hint":"Tiderne er bygningens lokale tid; slut før start går hen over natten.","cc.sharing.title":"Deling: {name}","cc.sharing.used":"Delt nu: {used} af {limit}.","cc.sharing.off_revokes":"De {count} nøgler, der er delt fra denne nøgle, trækkes tilbage.","cc.sharing.lower_keeps":"En lavere grænse beholder de delinger, der allerede er lavet; nye venter, til færre er aktive.","cc.emergency.open":"Akutnøgle","cc.emergency.title":"Akutnøgle til {name}","cc.emergency.intro":"Åbner med det samme, på alle tider af døgnet, uden for alle tidsplaner. Den kan ikke deles, og hver brug meldes til bestyrelsen.","cc.emergency.reason":"Begrundelse","cc.emergency.reason_placeholder":"For eksempel: vandskade i kælderen","cc.emergency.reason_needed":"Angiv en begrundelse: bestyrelsen spørger hvorfor.","cc.emergency.until":"Til","cc.emergency.until_default":"Tomt: 24 timer fra nu.","cc.emergency.issue":"Udsted akutnøgle","cc.emergency.issued":"Akutnøglen er udstedt.","cc.credential.open":"Tilføj pinkode eller brik","cc.credential.title":"Pinkode eller brik til {name}","cc.credential.random":"En tilfældig pinkode","cc.credential.random_hint":"Hubben trækker den og viser den én gang, her.","cc.credential.chosen":"En pinkode, jeg vælger","cc.credential.chosen_hint":"Mindst {min} cifre; koder, der er lette at gætte, afvises.","cc.credential.tag":"En brik med UID","cc.credential.tag_hint":"Skriv det UID, der står på brikken eller posen.","cc.credential.learn":"Hold brikken op mod en dør nu","cc.credential.learn_hint":"Dørens læser fanger den næste ukendte brik, der holdes op mod den inden for et minut.","cc.credential.no_reader":"Ingen dør har briklæser.","cc.credential.pin":"Pinkode","cc.credential.pin_digits":"En pinkode består kun af cifre, mindst {min}.","cc.credential.uid":"Brikkens UID (hex)","cc.credential.tag_needed":"Skriv brikkens UID.","cc.credential.door":"Dør","cc.credential.label":"Mærkat (valgfrit)","cc.credential.label_placeholder":"For eksempel: blå brik","cc.credential.add":"Tilføj","cc.credential.start_learning":"Begynd at lytte","cc.credential.present_now":"Hold brikken op mod læseren på {door} nu …","cc.credential.added":"Tilføjet. Den når dørene ved næste synkronisering.","cc.credential.pin_title":"Pinkoden til {name}","cc.credential.pin_once":"Giv den til personen nu: den vises kun denne ene gang og kan ikke læses igen.","cc.credential.copy_failed":"Kunne ikke kopiere: markér koden, og kopiér den selv.","cc.credential.pin_set":"Pinkode: sat","cc.credential.pin_not_set":"Pinkode: ikke sat","cc.credential.a_pin":"Pinkode","cc.credential.a_tag":"Brik","cc.credential.a_tag_hint":"Brik …{hint}","cc.credential.since":"tilføjet {time}","cc.credential.active":"Aktiv","cc.credential.blocked_at":"Spærret {time}","cc.credential.block":"Spær","cc.credential.block_pin_title":"Spærre denne pinkode?","cc.credential.block_tag_title":"Spærre denne brik?","cc.credential.block_text":"Den holder op med at virke ved dørene, før noget andet synkroniseres.","cc.credential.block_keep":"En spærret kode eller brik bliver stående på listen, og forsøg med den meldes til bestyrelsen.","cc.credential.blocked_toast":"Spærret.","cc.credential.remove_pin_title":"Fjerne denne pinkode?","cc.credential.remove_tag_title":"Fjerne denne brik?","cc.credential.remove_text":"Den holder op med at åbne dørene, når de er synkroniseret. For en mistet brik eller lækket kode: spær den i stedet, det går hurtigere.","cc.credential.removed":"Fjernet.","cc.share.to":"Delt som","cc.share.uses":"Status og brug","cc.share.uses_n":"Brugt {uses} gange","cc.share.uses_of":"Brugt {uses} af {limit}","cc.share.last_used":"Sidst brugt {time}","cc.share.revoke":"Træk tilbage","cc.share.revoke_title":"Trække denne delte nøgle tilbage?","cc.share.revoke_text":"Den holder op med at åbne {door} med det samme.","cc.share.revoked":"Den delte nøgle er trukket tilbage.","cc.share_kind.user":"Til en Home Assistant-bruger","cc.share_kind.link":"Gæstelink","cc.share_kind.pin":"Pinkode","cc.share_kind.unknown":"Delt nøgle","cc.share_status.active":"Aktiv","cc.share_status.not_yet_valid":"Ikke gyldig endnu","cc.share_status.used_up":"Brugt op","cc.share_status.expired":"Udløbet","cc.share_status.revoked":"Trukket tilbage","cc.share_status.unknown":"Ukendt","cc.door.details":"Dør","cc.door.address":"Adresse","cc.door.entrance_x":"Opgang {entrance}","cc.door.lock":"Lås","cc.door.sync":"Pinkoder og brikker","cc.door.keypad":"Tastatur","cc.door.reader":"Briklæser","cc.door.access":"Hvem har adgang","cc.door.no_access":"Ingen har nøgle til denne dør.","cc.door.search":"Søg blandt nøgleholdere","cc.door.holders":"{count} nøgler","cc.door.opens_now":"Åbner nu","cc.door.not_now":"Ikke nu","cc.door.guest":"Gæst","cc.door.tick":"Vælg {name}","cc.door.tick_all":"Vælg alle","cc.door.give":"Giv adgang","cc.door.given":"Adgangen er givet.","cc.door.remove":"Fjern adgang","cc.door.remove_n":"Fjern adgang ({count})","cc.door.remove_title":"Fjerne {count} nøgler?","cc.door.remove_text":"De {count} valgte nøgler holder op med at åbne {door}.","cc.door.remove_bundles":"Nøgler fra et bundt ({bundles}) fjernes helt, med bundtets andre døre.","cc.door.remove_shares_go":"Nøgler, som holderne har delt fra dem, holder også op med at virke.","cc.door.removed":"Adgangen er fjernet.","cc.door.events":"Seneste hændelser","cc.via.grant":"Egen nøgle","cc.via.bundle_named":"Bundt: {bundle}","cc.via.bundle":"Bundt","cc.via.share":"Delt nøgle","cc.via.emergency":"Akutnøgle","cc.via.unknown":"Nøgle","cc.events.none":"Ingen hændelser endnu.","cc.events.time":"Tid","cc.events.what":"Hvad","cc.events.door":"Dør","cc.events.person":"Hvem","cc.events.someone":"En, der ikke længere står på listen","cc.event.unlocked":"Låst op","cc.event.locked":"Låst","cc.event.unlatched":"Åbnet","cc.event.denied":"Afvist","cc.event.blocked_credential_presented":"Spærret kode eller brik forsøgt","cc.event.jammed":"Låsen sad fast","cc.event.door_opened":"Døren blev åbnet","cc.event.door_closed":"Døren blev lukket","cc.event.rebooted":"Dørenheden genstartede","cc.event.clock_set":"Uret stillet","cc.event.battery_low":"Lavt batteri","cc.event.tamper":"Sabotagealarm","cc.event.paired":"Parret","cc.event.credentials_updated":"Pinkoder og brikker opdateret","cc.event.share_used":"Delt nøgle brugt","cc.event.emergency_key_used":"Akutnøgle brugt","cc.event.door_removed":"Døren fjernet","cc.event.registry_changed":"Nøgler ændret","cc.event.import":"Beboere importeret","cc.event.erasure":"Person slettet","cc.event.unknown":"Hændelse","cc.source.ble":"med appen","cc.source.pin":"med pinkode","cc.source.tag":"med brik","cc.source.button":"med knappen indvendig","cc.source.auto_relock":"automatisk","cc.source.manual":"manuelt","cc.source.system":"af dørenheden","cc.source.hub":"af hubben","cc.source.unknown":"på anden måde","cc.deny.unknown_credential":"ukendt kode eller brik","cc.deny.outside_schedule":"uden for tiderne","cc.deny.not_yet_valid":"ikke gyldig endnu","cc.deny.expired":"udløbet","cc.deny.disabled":"spærret","cc.deny.keypad_locked":"tastaturet låst efter forkerte koder","cc.deny.no_key":"ingen nøgle","cc.deny.use_limit_reached":"brugt op","cc.deny.share_revoked":"delt nøgle trukket tilbage","cc.deny.unattributed_refused":"ingen kendt person","cc.deny.unknown":"anden grund","cc.overview.count_one":"{count} person","cc.overview.count_filtered_one":"{count} af {total} person","cc.overview.keys_one":"{count} nøgle","cc.door.holders_one":"{count} nøgle","cc.door.remove_title_one":"Fjerne denne nøgle?","cc.door.remove_text_one":"Den valgte nøgle holder op med at åbne {door}.","cc.sync.pending_hint_one":"Én ændring af pinkoder og brikker venter på at nå denne dør.","cc.key.remove_shares_one":"Nøglen, der er delt fra den, holder også op med at virke.","cc.person.remove_shares_one":"Nøglen, personen har delt, holder også op med at virke.","cc.sharing.off_revokes_one":"Nøglen, der er delt fra denne nøgle, trækkes tilbage.","cc.share.uses_n_one":"Brugt én gang"};var ht={"cc.title":"Digital Key","cc.menu":"Menu","cc.nav.label":"Pages","cc.nav.overview":"Overview","cc.nav.bundles":"Bundles","cc.nav.import":"Import","cc.nav.events":"Event log","cc.nav.access":"Access check","cc.loading":"Loading…","cc.cancel":"Cancel","cc.save":"Save","cc.edit":"Edit","cc.remove":"Remove","cc.done":"Done","cc.copy":"Copy","cc.copied":"Copied.","cc.yes":"Yes","cc.no":"No","cc.actions":"Actions","cc.role.owner":"Owner","cc.role.tenant":"Tenant","cc.role.board":"Board member","cc.role.caretaker":"Caretaker","cc.role.service_provider":"Service provider","cc.language.en":"English","cc.language.nb":"Norwegian (Bokmål)","cc.language.da":"Danish","cc.language.nl":"Dutch","cc.lock.locked":"Locked","cc.lock.unlocked":"Unlocked","cc.lock.locking":"Locking","cc.lock.unlocking":"Unlocking","cc.lock.open":"Open","cc.lock.opening":"Opening","cc.lock.jammed":"Jammed","cc.lock.unavailable":"Not reachable","cc.lock.unknown":"State unknown","cc.battery.label":"Battery","cc.battery.level":"Battery {level}","cc.battery.critical":"Battery {level} – change now","cc.battery.critical_hint":"The battery is almost empty: change it before the door stops answering.","cc.battery.none":"Not reported yet","cc.sync.in_sync":"In sync","cc.sync.pending":"Pending ({count})","cc.sync.pending_hint":"{count} changes to PIN codes and tags are waiting to reach this door.","cc.sync.failed":"Sync failed","cc.sync.failed_since":"Failed since {time}","cc.sync.last_synced":"Last synced {time}","cc.sync.pending_since":"Waiting since {time}","cc.sync_reason.unreachable":"The door could not be reached over Bluetooth.","cc.sync_reason.busy":"The door unit was busy with another controller.","cc.sync_reason.conflict":"The door unit's list kept changing during the sync (another hub writing to it?).","cc.sync_reason.unit_full":"The door has more PIN codes and tags than its unit can hold.","cc.sync_reason.not_paired":"The door unit no longer knows this hub: see Repairs.","cc.sync_reason.unknown":"The last sync failed.","cc.sync.unknown":"Sync unknown","cc.window.always":"No end date","cc.window.from":"From {from}","cc.window.until":"Until {until}","cc.window.between":"{from} – {until}","cc.overview.doors":"Doors","cc.overview.people":"People","cc.overview.no_doors":"No doors yet. Add a door unit under Settings → Devices & services → Digital Key.","cc.overview.no_people":"No people yet. Add one, or import the residents' list.","cc.overview.no_match":"Nobody matches.","cc.overview.add_person":"Add person","cc.overview.search":"Search people","cc.overview.search_placeholder":"Name, dwelling or phone","cc.overview.any_role":"Any role","cc.overview.any_entrance":"Any entrance","cc.overview.filter_no_consent":"No consent","cc.overview.filter_no_user":"No linked user","cc.overview.filter_at_limit":"Shares at limit","cc.overview.count":"{count} people","cc.overview.count_filtered":"{count} of {total} people","cc.overview.showing":"Showing {shown} of {count}","cc.overview.show_more":"Show {count} more","cc.overview.keys":"{count} keys","cc.overview.keys_hint":"Doors they hold a key to","cc.overview.shares":"{count} shared","cc.overview.shares_hint":"Active keys they shared","cc.overview.at_limit":"Cannot share more: a key's share limit is reached","cc.overview.no_consent":"No consent","cc.overview.no_user":"No user","cc.person.add_title":"Add person","cc.person.edit_title":"Change details","cc.person.add":"Add","cc.person.added":"Person added.","cc.person.saved":"Details saved.","cc.person.name":"Name","cc.person.name_needed":"Give the person's name.","cc.person.role":"Role","cc.person.phone":"Mobile phone","cc.person.email":"E-mail","cc.person.dwelling":"Dwelling","cc.person.entrance":"Entrance","cc.person.language":"Language of messages","cc.person.language_default":"As Home Assistant is set","cc.person.user":"Home Assistant user","cc.person.user_hint":"The user whose companion app holds this person's keys.","cc.person.no_user":"None","cc.person.user_unknown":"A user who no longer exists","cc.person.user_linked_to":"{user} (linked to {person})","cc.person.consent":"Agrees to digital messages","cc.person.consent_short":"Consent","cc.person.consent_hint":"Without consent the person still gets keys, but no messages about them.","cc.person.details":"Details","cc.person.keys":"Keys","cc.person.no_keys":"No keys yet.","cc.person.credentials":"PIN codes and tags","cc.person.no_credentials":"No PIN code or tag.","cc.person.shares":"Keys they shared","cc.person.no_shares":"No shared keys.","cc.person.events":"Recent events","cc.person.export":"Export data","cc.person.exported":"The export is downloaded.","cc.person.erase":"Erase","cc.person.erase_title":"Erase {name}?","cc.person.erase_text":"Erased are their details (name, phone, e-mail, dwelling), their keys, the keys they shared or were given, and their PIN codes and tags.","cc.person.erase_log":"The event log keeps its records, pseudonymised: they no longer lead back to the person.","cc.person.erase_final":"This cannot be undone. Export the data first if the person asked for it.","cc.person.erased":"The person is erased.","cc.person.remove":"Remove person","cc.person.remove_title":"Remove {name}?","cc.person.remove_text":"Their keys ({keys}) and their PIN codes and tags ({credentials}) go with them.","cc.person.remove_shares":"The {count} keys they shared stop working too.","cc.person.remove_no_shares":"They have no shared keys.","cc.person.remove_log":"The event log keeps their records; to erase those too, use Erase.","cc.person.removed":"{name} is removed.","cc.key.door":"Door","cc.key.when":"When","cc.key.sharing":"Sharing","cc.key.bundle_of":"Bundle: {doors}","cc.key.emergency":"Emergency key","cc.key.no_sharing":"No sharing","cc.key.sharing_used":"May share: {used} of {limit}","cc.key.saved":"The key is changed.","cc.key.remove":"Remove key","cc.key.remove_title":"Remove this key?","cc.key.remove_text":"{person} can no longer open {name} with it.","cc.key.remove_shares":"The {count} keys shared from it stop working too.","cc.key.removed":"The key is removed.","cc.grant.open":"Add access","cc.grant.add_title":"Add access","cc.grant.edit_title":"Change key: {name}","cc.grant.people_title":"Give access to {door}","cc.grant.doors":"Doors","cc.grant.bundles":"Bundles","cc.grant.people":"People","cc.grant.chosen":"{count} chosen","cc.grant.all_of":"Choose all {count}","cc.grant.none_of":"Unchoose all {count}","cc.grant.more_people":"Showing {shown} of {count}: search to narrow the list. Choose all takes every match.","cc.grant.choose_doors":"Choose at least one door or bundle.","cc.grant.choose_people":"Choose at least one person.","cc.grant.window":"Valid","cc.grant.from":"From","cc.grant.until":"Until","cc.grant.window_hint":"Leave empty: from now, with no end date.","cc.grant.sharing":"Sharing","cc.grant.may_share":"May share the key with others","cc.grant.share_limit":"Shares allowed at a time","cc.grant.share_limit_placeholder":"As before","cc.grant.share_hint":"Keys the person already holds keep their sharing unless you tick it.","cc.grant.share_hint_edit":"Turning sharing off revokes the keys shared from this one.","cc.grant.save":"Give access","cc.grant.added":"Access given.","cc.schedule.limited":"Only at set times of the week","cc.schedule.any_time":"At any time of day and week.","cc.schedule.any_time_short":"At any time","cc.schedule.weekdays":"Weekdays","cc.schedule.start":"From","cc.schedule.end":"To","cc.schedule.add_window":"Add times","cc.schedule.remove_window":"Remove these times","cc.schedule.overnight_hint":"Times are the building's local time; an end before the start runs overnight.","cc.sharing.title":"Sharing: {name}","cc.sharing.used":"Shared now: {used} of {limit}.","cc.sharing.off_revokes":"The {count} keys shared from this key will be revoked.","cc.sharing.lower_keeps":"A lower limit keeps the shares already made; new ones wait until fewer are active.","cc.emergency.open":"Emergency key","cc.emergency.title":"Emergency key for {name}","cc.emergency.intro":"Opens at once, at any time of day, outside every schedule. It cannot be shared, and each use is told to the board.","cc.emergency.reason":"Reason","cc.emergency.reason_placeholder":"For example: water leak in the basement","cc.emergency.reason_needed":"Give a reason: the board asks why.","cc.emergency.until":"Until","cc.emergency.until_default":"Empty: 24 hours from now.","cc.emergency.issue":"Issue emergency key","cc.emergency.issued":"Emergency key issued.","cc.credential.open":"Add PIN code or tag","cc.credential.title":"PIN code or tag for {name}","cc.credential.random":"A random PIN code","cc.credential.random_hint":"The hub draws it and shows it once, here.","cc.credential.chosen":"A PIN code I choose","cc.credential.chosen_hint":"At least {min} digits; codes that are easy to guess are refused.","cc.credential.tag":"A tag by its UID","cc.credential.tag_hint":"Type the UID printed on the tag or its bag.","cc.credential.learn":"Present the tag at a door now","cc.credential.learn_hint":"The door's reader catches the next unknown tag held to it within a minute.","cc.credential.no_reader":"No door has a tag reader.","cc.credential.pin":"PIN code","cc.credential.pin_digits":"A PIN code is digits only, at least {min}.","cc.credential.uid":"Tag UID (hex)","cc.credential.tag_needed":"Type the tag's UID.","cc.credential.door":"Door","cc.credential.label":"Label (optional)","cc.credential.label_placeholder":"For example: blue fob","cc.credential.add":"Add","cc.credential.start_learning":"Start listening","cc.credential.present_now":"Hold the tag to the reader of {door} now…","cc.credential.added":"Added. It reaches the doors with the next sync.","cc.credential.pin_title":"The PIN code for {name}","cc.credential.pin_once":"Give it to the person now: it is shown only this once and cannot be read again.","cc.credential.copy_failed":"Could not copy: select the code and copy it by hand.","cc.credential.pin_set":"PIN code: set","cc.credential.pin_not_set":"PIN code: not set","cc.credential.a_pin":"PIN code","cc.credential.a_tag":"Tag","cc.credential.a_tag_hint":"Tag …{hint}","cc.credential.since":"added {time}","cc.credential.active":"Active","cc.credential.blocked_at":"Blocked {time}","cc.credential.block":"Block","cc.credential.block_pin_title":"Block this PIN code?","cc.credential.block_tag_title":"Block this tag?","cc.credential.block_text":"It stops working at the doors before anything else syncs.","cc.credential.block_keep":"A blocked code or tag stays listed, and a try with it is told to the board.","cc.credential.blocked_toast":"Blocked.","cc.credential.remove_pin_title":"Remove this PIN code?","cc.credential.remove_tag_title":"Remove this tag?","cc.credential.remove_text":"It stops opening the doors once they have synced. For a lost tag or a leaked code, block it instead: that is faster.","cc.credential.removed":"Removed.","cc.share.to":"Shared as","cc.share.uses":"Status and uses","cc.share.uses_n":"Used {uses} times","cc.share.uses_of":"Used {uses} of {limit}","cc.share.last_used":"Last used {time}","cc.share.revoke":"Revoke","cc.share.revoke_title":"Revoke this shared key?","cc.share.revoke_text":"It stops opening {door} at once.","cc.share.revoked":"The shared key is revoked.","cc.share_kind.user":"To a Home Assistant user","cc.share_kind.link":"Guest link","cc.share_kind.pin":"PIN code","cc.share_kind.unknown":"Shared key","cc.share_status.active":"Active","cc.share_status.not_yet_valid":"Not yet valid","cc.share_status.used_up":"Used up","cc.share_status.expired":"Expired","cc.share_status.revoked":"Revoked","cc.share_status.unknown":"Unknown","cc.door.details":"Door","cc.door.address":"Address","cc.door.entrance_x":"Entrance {entrance}","cc.door.lock":"Lock","cc.door.sync":"PIN codes and tags","cc.door.keypad":"Keypad","cc.door.reader":"Tag reader","cc.door.access":"Who has access","cc.door.no_access":"Nobody has a key to this door.","cc.door.search":"Search holders","cc.door.holders":"{count} keys","cc.door.opens_now":"Opens now","cc.door.not_now":"Not now","cc.door.guest":"Guest","cc.door.tick":"Choose {name}","cc.door.tick_all":"Choose all","cc.door.give":"Give access","cc.door.given":"Access given.","cc.door.remove":"Remove access","cc.door.remove_n":"Remove access ({count})","cc.door.remove_title":"Remove {count} keys?","cc.door.remove_text":"The {count} chosen keys stop opening {door}.","cc.door.remove_bundles":"Keys from a bundle ({bundles}) are taken away whole, with the bundle's other doors.","cc.door.remove_shares_go":"Keys their holders shared from them stop working too.","cc.door.removed":"Access removed.","cc.door.events":"Recent events","cc.via.grant":"Own key","cc.via.bundle_named":"Bundle: {bundle}","cc.via.bundle":"Bundle","cc.via.share":"Shared key","cc.via.emergency":"Emergency key","cc.via.unknown":"Key","cc.events.none":"No events yet.","cc.events.time":"Time","cc.events.what":"What","cc.events.door":"Door","cc.events.person":"Who","cc.events.someone":"Someone no longer listed","cc.event.unlocked":"Unlocked","cc.event.locked":"Locked","cc.event.unlatched":"Opened","cc.event.denied":"Refused","cc.event.blocked_credential_presented":"Blocked code or tag tried","cc.event.jammed":"Lock jammed","cc.event.door_opened":"Door opened","cc.event.door_closed":"Door closed","cc.event.rebooted":"Door unit restarted","cc.event.clock_set":"Clock set","cc.event.battery_low":"Battery low","cc.event.tamper":"Tampering","cc.event.paired":"Paired","cc.event.credentials_updated":"PIN codes and tags updated","cc.event.share_used":"Shared key used","cc.event.emergency_key_used":"Emergency key used","cc.event.door_removed":"Door removed","cc.event.registry_changed":"Keys changed","cc.event.import":"Residents imported","cc.event.erasure":"Person erased","cc.event.unknown":"Event","cc.source.ble":"by app","cc.source.pin":"by PIN code","cc.source.tag":"by tag","cc.source.button":"by the button inside","cc.source.auto_relock":"automatically","cc.source.manual":"by hand","cc.source.system":"by the door unit","cc.source.hub":"by the hub","cc.source.unknown":"another way","cc.deny.unknown_credential":"unknown code or tag","cc.deny.outside_schedule":"outside its times","cc.deny.not_yet_valid":"not yet valid","cc.deny.expired":"expired","cc.deny.disabled":"blocked","cc.deny.keypad_locked":"keypad locked after wrong codes","cc.deny.no_key":"no key","cc.deny.use_limit_reached":"used up","cc.deny.share_revoked":"shared key revoked","cc.deny.unattributed_refused":"no known person","cc.deny.unknown":"other reason","cc.overview.count_one":"{count} person","cc.overview.count_filtered_one":"{count} of {total} person","cc.overview.keys_one":"{count} key","cc.door.holders_one":"{count} key","cc.door.remove_title_one":"Remove this key?","cc.door.remove_text_one":"The chosen key stops opening {door}.","cc.sync.pending_hint_one":"One change to PIN codes and tags is waiting to reach this door.","cc.key.remove_shares_one":"The key shared from it stops working too.","cc.person.remove_shares_one":"The key they shared stops working too.","cc.sharing.off_revokes_one":"The key shared from this key will be revoked.","cc.share.uses_n_one":"Used once"};var pt={"cc.title":"Digital Key","cc.menu":"Meny","cc.nav.label":"Sider","cc.nav.overview":"Oversikt","cc.nav.bundles":"Nøkkelknipper","cc.nav.import":"Import","cc.nav.events":"Hendelseslogg","cc.nav.access":"Tilgangssjekk","cc.loading":"Laster …","cc.cancel":"Avbryt","cc.save":"Lagre","cc.edit":"Endre","cc.remove":"Fjern","cc.done":"Ferdig","cc.copy":"Kopier","cc.copied":"Kopiert.","cc.yes":"Ja","cc.no":"Nei","cc.actions":"Handlinger","cc.role.owner":"Eier","cc.role.tenant":"Leietaker","cc.role.board":"Styremedlem","cc.role.caretaker":"Vaktmester","cc.role.service_provider":"Tjenesteleverandør","cc.language.en":"Engelsk","cc.language.nb":"Norsk (bokmål)","cc.language.da":"Dansk","cc.language.nl":"Nederlandsk","cc.lock.locked":"Låst","cc.lock.unlocked":"Ulåst","cc.lock.locking":"Låser","cc.lock.unlocking":"Låser opp","cc.lock.open":"Åpen","cc.lock.opening":"Åpner","cc.lock.jammed":"Fastkjørt","cc.lock.unavailable":"Ikke tilgjengelig","cc.lock.unknown":"Ukjent tilstand","cc.battery.label":"Batteri","cc.battery.level":"Batteri {level}","cc.battery.critical":"Batteri {level} – bytt nå","cc.battery.critical_hint":"Batteriet er nesten tomt: bytt det før døren slutter å svare.","cc.battery.none":"Ikke meldt ennå","cc.sync.in_sync":"Synkronisert","cc.sync.pending":"Venter ({count})","cc.sync.pending_hint":"{count} endringer av PIN-koder og brikker venter på å nå denne døren.","cc.sync.failed":"Synkronisering feilet","cc.sync.failed_since":"Feilet siden {time}","cc.sync.last_synced":"Sist synkronisert {time}","cc.sync.pending_since":"Venter siden {time}","cc.sync_reason.unreachable":"Døren kunne ikke nås over Bluetooth.","cc.sync_reason.busy":"Dørenheten var opptatt med en annen kontroller.","cc.sync_reason.conflict":"Listen i dørenheten endret seg under synkroniseringen (skriver en annen hub til den?).","cc.sync_reason.unit_full":"Døren har flere PIN-koder og brikker enn enheten kan romme.","cc.sync_reason.not_paired":"Dørenheten kjenner ikke lenger denne huben: se Reparasjoner.","cc.sync_reason.unknown":"Siste synkronisering feilet.","cc.sync.unknown":"Synkronisering ukjent","cc.window.always":"Uten sluttdato","cc.window.from":"Fra {from}","cc.window.until":"Til {until}","cc.window.between":"{from} – {until}","cc.overview.doors":"Dører","cc.overview.people":"Personer","cc.overview.no_doors":"Ingen dører ennå. Legg til en dørenhet under Innstillinger → Enheter og tjenester → Digital Key.","cc.overview.no_people":"Ingen personer ennå. Legg til en, eller importer beboerlisten.","cc.overview.no_match":"Ingen treff.","cc.overview.add_person":"Legg til person","cc.overview.search":"Søk etter personer","cc.overview.search_placeholder":"Navn, bolig eller telefon","cc.overview.any_role":"Alle roller","cc.overview.any_entrance":"Alle oppganger","cc.overview.filter_no_consent":"Uten samtykke","cc.overview.filter_no_user":"Uten koblet bruker","cc.overview.filter_at_limit":"Delinger ved grensen","cc.overview.count":"{count} personer","cc.overview.count_filtered":"{count} av {total} personer","cc.overview.showing":"Viser {shown} av {count}","cc.overview.show_more":"Vis {count} til","cc.overview.keys":"{count} nøkler","cc.overview.keys_hint":"Dører personen har nøkkel til","cc.overview.shares":"{count} delt","cc.overview.shares_hint":"Aktive nøkler personen har delt","cc.overview.at_limit":"Kan ikke dele mer: delingsgrensen for en nøkkel er nådd","cc.overview.no_consent":"Uten samtykke","cc.overview.no_user":"Ingen bruker","cc.person.add_title":"Legg til person","cc.person.edit_title":"Endre opplysninger","cc.person.add":"Legg til","cc.person.added":"Personen er lagt til.","cc.person.saved":"Opplysningene er lagret.","cc.person.name":"Navn","cc.person.name_needed":"Skriv inn navnet.","cc.person.role":"Rolle","cc.person.phone":"Mobilnummer","cc.person.email":"E-post","cc.person.dwelling":"Bolig","cc.person.entrance":"Oppgang","cc.person.language":"Språk i meldinger","cc.person.language_default":"Som Home Assistant er innstilt","cc.person.user":"Home Assistant-bruker","cc.person.user_hint":"Brukeren som har personens nøkler i appen.","cc.person.no_user":"Ingen","cc.person.user_unknown":"En bruker som ikke finnes lenger","cc.person.user_linked_to":"{user} (koblet til {person})","cc.person.consent":"Samtykker til digitale meldinger","cc.person.consent_short":"Samtykke","cc.person.consent_hint":"Uten samtykke får personen fortsatt nøkler, men ingen meldinger om dem.","cc.person.details":"Opplysninger","cc.person.keys":"Nøkler","cc.person.no_keys":"Ingen nøkler ennå.","cc.person.credentials":"PIN-koder og brikker","cc.person.no_credentials":"Ingen PIN-kode eller brikke.","cc.person.shares":"Nøkler personen har delt","cc.person.no_shares":"Ingen delte nøkler.","cc.person.events":"Siste hendelser","cc.person.export":"Eksporter data","cc.person.exported":"Eksporten er lastet ned.","cc.person.erase":"Slett","cc.person.erase_title":"Slette {name}?","cc.person.erase_text":"Det som slettes, er opplysningene (navn, telefon, e-post, bolig), nøklene, nøklene personen har delt eller fått, og PIN-kodene og brikkene.","cc.person.erase_log":"Hendelsesloggen beholder oppføringene, pseudonymisert: de kan ikke lenger spores tilbake til personen.","cc.person.erase_final":"Dette kan ikke angres. Eksporter dataene først hvis personen har bedt om dem.","cc.person.erased":"Personen er slettet.","cc.person.remove":"Fjern person","cc.person.remove_title":"Fjerne {name}?","cc.person.remove_text":"Nøklene ({keys}) og PIN-kodene og brikkene ({credentials}) forsvinner også.","cc.person.remove_shares":"De {count} nøklene personen har delt, slutter også å virke.","cc.person.remove_no_shares":"Personen har ingen delte nøkler.","cc.person.remove_log":"Hendelsesloggen beholder oppføringene; bruk Slett for å fjerne også dem.","cc.person.removed":"{name} er fjernet.","cc.key.door":"Dør","cc.key.when":"Når","cc.key.sharing":"Deling","cc.key.bundle_of":"Knippe: {doors}","cc.key.emergency":"Nødnøkkel","cc.key.no_sharing":"Ingen deling","cc.key.sharing_used":"Kan dele: {used} av {limit}","cc.key.saved":"Nøkkelen er endret.","cc.key.remove":"Fjern nøkkel","cc.key.remove_title":"Fjerne denne nøkkelen?","cc.key.remove_text":"{person} kan ikke lenger åpne {name} med den.","cc.key.remove_shares":"De {count} nøklene som er delt fra den, slutter også å virke.","cc.key.removed":"Nøkkelen er fjernet.","cc.grant.open":"Gi tilgang","cc.grant.add_title":"Gi tilgang","cc.grant.edit_title":"Endre nøkkel: {name}","cc.grant.people_title":"Gi tilgang til {door}","cc.grant.doors":"Dører","cc.grant.bundles":"Nøkkelknipper","cc.grant.people":"Personer","cc.grant.chosen":"{count} valgt","cc.grant.all_of":"Velg alle {count}","cc.grant.none_of":"Fjern valget av alle {count}","cc.grant.more_people":"Viser {shown} av {count}: søk for å snevre inn. Velg alle tar med alle treff.","cc.grant.choose_doors":"Velg minst én dør eller ett knippe.","cc.grant.choose_people":"Velg minst én person.","cc.grant.window":"Gyldig","cc.grant.from":"Fra","cc.grant.until":"Til","cc.grant.window_hint":"La stå tomt: fra nå, uten sluttdato.","cc.grant.sharing":"Deling","cc.grant.may_share":"Kan dele nøkkelen med andre","cc.grant.share_limit":"Maks antall delinger samtidig","cc.grant.share_limit_placeholder":"Som før","cc.grant.share_hint":"Nøkler personen alt har, beholder delingen sin med mindre du krysser av.","cc.grant.share_hint_edit":"Slås deling av, trekkes nøklene som er delt fra denne, tilbake.","cc.grant.save":"Gi tilgang","cc.grant.added":"Tilgangen er gitt.","cc.schedule.limited":"Bare til faste tider i uken","cc.schedule.any_time":"Når som helst på døgnet og i uken.","cc.schedule.any_time_short":"Når som helst","cc.schedule.weekdays":"Ukedager","cc.schedule.start":"Fra","cc.schedule.end":"Til","cc.schedule.add_window":"Legg til tider","cc.schedule.remove_window":"Fjern disse tidene","cc.schedule.overnight_hint":"Tidene er lokal tid i bygningen; slutt før start går over natten.","cc.sharing.title":"Deling: {name}","cc.sharing.used":"Delt nå: {used} av {limit}.","cc.sharing.off_revokes":"De {count} nøklene som er delt fra denne nøkkelen, trekkes tilbake.","cc.sharing.lower_keeps":"En lavere grense beholder delingene som alt er gjort; nye må vente til færre er aktive.","cc.emergency.open":"Nødnøkkel","cc.emergency.title":"Nødnøkkel til {name}","cc.emergency.intro":"Åpner med en gang, når som helst på døgnet, utenom alle tidsplaner. Den kan ikke deles, og hver bruk meldes til styret.","cc.emergency.reason":"Begrunnelse","cc.emergency.reason_placeholder":"For eksempel: vannlekkasje i kjelleren","cc.emergency.reason_needed":"Oppgi en begrunnelse: styret spør hvorfor.","cc.emergency.until":"Til","cc.emergency.until_default":"Tomt: 24 timer fra nå.","cc.emergency.issue":"Utsted nødnøkkel","cc.emergency.issued":"Nødnøkkelen er utstedt.","cc.credential.open":"Legg til PIN-kode eller brikke","cc.credential.title":"PIN-kode eller brikke til {name}","cc.credential.random":"En tilfeldig PIN-kode","cc.credential.random_hint":"Huben trekker den og viser den én gang, her.","cc.credential.chosen":"En PIN-kode jeg velger","cc.credential.chosen_hint":"Minst {min} sifre; koder som er lette å gjette, avvises.","cc.credential.tag":"En brikke med UID","cc.credential.tag_hint":"Skriv inn UID-en som står på brikken eller posen.","cc.credential.learn":"Hold brikken mot en dør nå","cc.credential.learn_hint":"Leseren på døren fanger opp den neste ukjente brikken som holdes mot den innen ett minutt.","cc.credential.no_reader":"Ingen dør har brikkeleser.","cc.credential.pin":"PIN-kode","cc.credential.pin_digits":"En PIN-kode består bare av sifre, minst {min}.","cc.credential.uid":"Brikkens UID (heksadesimal)","cc.credential.tag_needed":"Skriv inn brikkens UID.","cc.credential.door":"Dør","cc.credential.label":"Merkelapp (valgfritt)","cc.credential.label_placeholder":"For eksempel: blå brikke","cc.credential.add":"Legg til","cc.credential.start_learning":"Begynn å lytte","cc.credential.present_now":"Hold brikken mot leseren på {door} nå …","cc.credential.added":"Lagt til. Den når dørene ved neste synkronisering.","cc.credential.pin_title":"PIN-koden til {name}","cc.credential.pin_once":"Gi den til personen nå: den vises bare denne ene gangen og kan ikke leses igjen.","cc.credential.copy_failed":"Kunne ikke kopiere: merk koden og kopier den selv.","cc.credential.pin_set":"PIN-kode: satt","cc.credential.pin_not_set":"PIN-kode: ikke satt","cc.credential.a_pin":"PIN-kode","cc.credential.a_tag":"Brikke","cc.credential.a_tag_hint":"Brikke …{hint}","cc.credential.since":"lagt til {time}","cc.credential.active":"Aktiv","cc.credential.blocked_at":"Sperret {time}","cc.credential.block":"Sperr","cc.credential.block_pin_title":"Sperre denne PIN-koden?","cc.credential.block_tag_title":"Sperre denne brikken?","cc.credential.block_text":"Den slutter å virke på dørene før noe annet synkroniseres.","cc.credential.block_keep":"En sperret kode eller brikke blir stående i listen, og forsøk med den meldes til styret.","cc.credential.blocked_toast":"Sperret.","cc.credential.remove_pin_title":"Fjerne denne PIN-koden?","cc.credential.remove_tag_title":"Fjerne denne brikken?","cc.credential.remove_text":"Den slutter å åpne dørene når de er synkronisert. For en mistet brikke eller lekket kode: sperr den i stedet, det går raskere.","cc.credential.removed":"Fjernet.","cc.share.to":"Delt som","cc.share.uses":"Status og bruk","cc.share.uses_n":"Brukt {uses} ganger","cc.share.uses_of":"Brukt {uses} av {limit}","cc.share.last_used":"Sist brukt {time}","cc.share.revoke":"Trekk tilbake","cc.share.revoke_title":"Trekke tilbake denne delte nøkkelen?","cc.share.revoke_text":"Den slutter å åpne {door} med en gang.","cc.share.revoked":"Den delte nøkkelen er trukket tilbake.","cc.share_kind.user":"Til en Home Assistant-bruker","cc.share_kind.link":"Gjestelenke","cc.share_kind.pin":"PIN-kode","cc.share_kind.unknown":"Delt nøkkel","cc.share_status.active":"Aktiv","cc.share_status.not_yet_valid":"Ikke gyldig ennå","cc.share_status.used_up":"Brukt opp","cc.share_status.expired":"Utløpt","cc.share_status.revoked":"Trukket tilbake","cc.share_status.unknown":"Ukjent","cc.door.details":"Dør","cc.door.address":"Adresse","cc.door.entrance_x":"Oppgang {entrance}","cc.door.lock":"Lås","cc.door.sync":"PIN-koder og brikker","cc.door.keypad":"Tastatur","cc.door.reader":"Brikkeleser","cc.door.access":"Hvem har tilgang","cc.door.no_access":"Ingen har nøkkel til denne døren.","cc.door.search":"Søk blant nøkkelholdere","cc.door.holders":"{count} nøkler","cc.door.opens_now":"Åpner nå","cc.door.not_now":"Ikke nå","cc.door.guest":"Gjest","cc.door.tick":"Velg {name}","cc.door.tick_all":"Velg alle","cc.door.give":"Gi tilgang","cc.door.given":"Tilgangen er gitt.","cc.door.remove":"Fjern tilgang","cc.door.remove_n":"Fjern tilgang ({count})","cc.door.remove_title":"Fjerne {count} nøkler?","cc.door.remove_text":"De {count} valgte nøklene slutter å åpne {door}.","cc.door.remove_bundles":"Nøkler fra et knippe ({bundles}) fjernes helt, med knippets andre dører.","cc.door.remove_shares_go":"Nøkler som holderne har delt fra dem, slutter også å virke.","cc.door.removed":"Tilgangen er fjernet.","cc.door.events":"Siste hendelser","cc.via.grant":"Egen nøkkel","cc.via.bundle_named":"Knippe: {bundle}","cc.via.bundle":"Knippe","cc.via.share":"Delt nøkkel","cc.via.emergency":"Nødnøkkel","cc.via.unknown":"Nøkkel","cc.events.none":"Ingen hendelser ennå.","cc.events.time":"Tid","cc.events.what":"Hva","cc.events.door":"Dør","cc.events.person":"Hvem","cc.events.someone":"En som ikke lenger står i listen","cc.event.unlocked":"Låst opp","cc.event.locked":"Låst","cc.event.unlatched":"Åpnet","cc.event.denied":"Avvist","cc.event.blocked_credential_presented":"Sperret kode eller brikke forsøkt","cc.event.jammed":"Låsen satt fast","cc.event.door_opened":"Døren ble åpnet","cc.event.door_closed":"Døren ble lukket","cc.event.rebooted":"Dørenheten startet på nytt","cc.event.clock_set":"Klokken stilt","cc.event.battery_low":"Lavt batteri","cc.event.tamper":"Sabotasealarm","cc.event.paired":"Paret","cc.event.credentials_updated":"PIN-koder og brikker oppdatert","cc.event.share_used":"Delt nøkkel brukt","cc.event.emergency_key_used":"Nødnøkkel brukt","cc.event.door_removed":"Døren fjernet","cc.event.registry_changed":"Nøkler endret","cc.event.import":"Beboere importert","cc.event.erasure":"Person slettet","cc.event.unknown":"Hendelse","cc.source.ble":"med appen","cc.source.pin":"med PIN-kode","cc.source.tag":"med brikke","cc.source.button":"med knappen innvendig","cc.source.auto_relock":"automatisk","cc.source.manual":"manuelt","cc.source.system":"av dørenheten","cc.source.hub":"av huben","cc.source.unknown":"på annen måte","cc.deny.unknown_credential":"ukjent kode eller brikke","cc.deny.outside_schedule":"utenfor tidene","cc.deny.not_yet_valid":"ikke gyldig ennå","cc.deny.expired":"utløpt","cc.deny.disabled":"sperret","cc.deny.keypad_locked":"tastaturet låst etter feil koder","cc.deny.no_key":"ingen nøkkel","cc.deny.use_limit_reached":"brukt opp","cc.deny.share_revoked":"delt nøkkel trukket tilbake","cc.deny.unattributed_refused":"ingen kjent person","cc.deny.unknown":"annen grunn","cc.overview.count_one":"{count} person","cc.overview.count_filtered_one":"{count} av {total} person","cc.overview.keys_one":"{count} nøkkel","cc.door.holders_one":"{count} nøkkel","cc.door.remove_title_one":"Fjerne denne nøkkelen?","cc.door.remove_text_one":"Den valgte nøkkelen slutter å åpne {door}.","cc.sync.pending_hint_one":"Én endring av PIN-koder og brikker venter på å nå denne døren.","cc.key.remove_shares_one":"Nøkkelen som er delt fra den, slutter også å virke.","cc.person.remove_shares_one":"Nøkkelen personen har delt, slutter også å virke.","cc.sharing.off_revokes_one":"Nøkkelen som er delt fra denne nøkkelen, trekkes tilbake.","cc.share.uses_n_one":"Brukt én gang"};var ut={"cc.title":"Digital Key","cc.menu":"Menu","cc.nav.label":"Pagina's","cc.nav.overview":"Overzicht","cc.nav.bundles":"Sleutelbossen","cc.nav.import":"Importeren","cc.nav.events":"Logboek","cc.nav.access":"Toegangscontrole","cc.loading":"Laden…","cc.cancel":"Annuleren","cc.save":"Opslaan","cc.edit":"Wijzigen","cc.remove":"Verwijderen","cc.done":"Klaar","cc.copy":"Kopiëren","cc.copied":"Gekopieerd.","cc.yes":"Ja","cc.no":"Nee","cc.actions":"Acties","cc.role.owner":"Eigenaar","cc.role.tenant":"Huurder","cc.role.board":"Bestuurslid","cc.role.caretaker":"Conciërge","cc.role.service_provider":"Dienstverlener","cc.language.en":"Engels","cc.language.nb":"Noors (Bokmål)","cc.language.da":"Deens","cc.language.nl":"Nederlands","cc.lock.locked":"Op slot","cc.lock.unlocked":"Ontgrendeld","cc.lock.locking":"Vergrendelen","cc.lock.unlocking":"Ontgrendelen","cc.lock.open":"Open","cc.lock.opening":"Openen","cc.lock.jammed":"Vastgelopen","cc.lock.unavailable":"Niet bereikbaar","cc.lock.unknown":"Status onbekend","cc.battery.label":"Batterij","cc.battery.level":"Batterij {level}","cc.battery.critical":"Batterij {level} – nu vervangen","cc.battery.critical_hint":"De batterij is bijna leeg: vervang hem voordat de deur niet meer reageert.","cc.battery.none":"Nog niet gemeld","cc.sync.in_sync":"Bijgewerkt","cc.sync.pending":"In wachtrij ({count})","cc.sync.pending_hint":"{count} wijzigingen in pincodes en tags wachten om deze deur te bereiken.","cc.sync.failed":"Bijwerken mislukt","cc.sync.failed_since":"Mislukt sinds {time}","cc.sync.last_synced":"Laatst bijgewerkt {time}","cc.sync.pending_since":"Wacht sinds {time}","cc.sync_reason.unreachable":"De deur was niet bereikbaar via Bluetooth.","cc.sync_reason.busy":"De deurunit was bezig met een andere controller.","cc.sync_reason.conflict":"De lijst in de deurunit bleef veranderen tijdens het bijwerken (schrijft een andere hub ernaar?).","cc.sync_reason.unit_full":"De deur heeft meer pincodes en tags dan de unit kan bevatten.","cc.sync_reason.not_paired":"De deurunit kent deze hub niet meer: zie Reparaties.","cc.sync_reason.unknown":"De laatste bijwerking is mislukt.","cc.sync.unknown":"Bijwerken onbekend","cc.window.always":"Zonder einddatum","cc.window.from":"Vanaf {from}","cc.window.until":"Tot {until}","cc.window.between":"{from} – {until}","cc.overview.doors":"Deuren","cc.overview.people":"Personen","cc.overview.no_doors":"Nog geen deuren. Voeg een deurunit toe onder Instellingen → Apparaten en diensten → Digital Key.","cc.overview.no_people":"Nog geen personen. Voeg er een toe of importeer de bewonerslijst.","cc.overview.no_match":"Niemand gevonden.","cc.overview.add_person":"Persoon toevoegen","cc.overview.search":"Personen zoeken","cc.overview.search_placeholder":"Naam, woning of telefoon","cc.overview.any_role":"Alle rollen","cc.overview.any_entrance":"Alle ingangen","cc.overview.filter_no_consent":"Zonder toestemming","cc.overview.filter_no_user":"Zonder gekoppelde gebruiker","cc.overview.filter_at_limit":"Delen op de limiet","cc.overview.count":"{count} personen","cc.overview.count_filtered":"{count} van {total} personen","cc.overview.showing":"{shown} van {count} getoond","cc.overview.show_more":"Nog {count} tonen","cc.overview.keys":"{count} sleutels","cc.overview.keys_hint":"Deuren waarvan deze persoon een sleutel heeft","cc.overview.shares":"{count} gedeeld","cc.overview.shares_hint":"Actieve sleutels die deze persoon deelde","cc.overview.at_limit":"Kan niet meer delen: de deellimiet van een sleutel is bereikt","cc.overview.no_consent":"Geen toestemming","cc.overview.no_user":"Geen gebruiker","cc.person.add_title":"Persoon toevoegen","cc.person.edit_title":"Gegevens wijzigen","cc.person.add":"Toevoegen","cc.person.added":"Persoon toegevoegd.","cc.person.saved":"Gegevens opgeslagen.","cc.person.name":"Naam","cc.person.name_needed":"Vul de naam in.","cc.person.role":"Rol","cc.person.phone":"Mobiel nummer","cc.person.email":"E-mail","cc.person.dwelling":"Woning","cc.person.entrance":"Ingang","cc.person.language":"Taal van berichten","cc.person.language_default":"Zoals Home Assistant is ingesteld","cc.person.user":"Home Assistant-gebruiker","cc.person.user_hint":"De gebruiker in wiens app de sleutels van deze persoon staan.","cc.person.no_user":"Geen","cc.person.user_unknown":"Een gebruiker die niet meer bestaat","cc.person.user_linked_to":"{user} (gekoppeld aan {person})","cc.person.consent":"Stemt in met digitale berichten","cc.person.consent_short":"Toestemming","cc.person.consent_hint":"Zonder toestemming krijgt de persoon wel sleutels, maar geen berichten erover.","cc.person.details":"Gegevens","cc.person.keys":"Sleutels","cc.person.no_keys":"Nog geen sleutels.","cc.person.credentials":"Pincodes en tags","cc.person.no_credentials":"Geen pincode of tag.","cc.person.shares":"Sleutels die deze persoon deelde","cc.person.no_shares":"Geen gedeelde sleutels.","cc.person.events":"Recente gebeurtenissen","cc.person.export":"Gegevens exporteren","cc.person.exported":"De export is gedownload.","cc.person.erase":"Wissen","cc.person.erase_title":"{name} wissen?","cc.person.erase_text":"Gewist worden de gegevens (naam, telefoon, e-mail, woning), de sleutels, de sleutels die deze persoon deelde of kreeg, en de pincodes en tags.","cc.person.erase_log":"Het logboek houdt de regels, gepseudonimiseerd: ze leiden niet meer naar de persoon.","cc.person.erase_final":"Dit kan niet ongedaan worden gemaakt. Exporteer eerst de gegevens als de persoon erom vroeg.","cc.person.erased":"De persoon is gewist.","cc.person.remove":"Persoon verwijderen","cc.person.remove_title":"{name} verwijderen?","cc.person.remove_text":"De sleutels ({keys}) en de pincodes en tags ({credentials}) gaan mee.","cc.person.remove_shares":"De {count} sleutels die deze persoon deelde, werken ook niet meer.","cc.person.remove_no_shares":"Deze persoon heeft geen gedeelde sleutels.","cc.person.remove_log":"Het logboek houdt de regels; gebruik Wissen om ook die te verwijderen.","cc.person.removed":"{name} is verwijderd.","cc.key.door":"Deur","cc.key.when":"Wanneer","cc.key.sharing":"Delen","cc.key.bundle_of":"Sleutelbos: {doors}","cc.key.emergency":"Noodsleutel","cc.key.no_sharing":"Niet delen","cc.key.sharing_used":"Mag delen: {used} van {limit}","cc.key.saved":"De sleutel is gewijzigd.","cc.key.remove":"Sleutel verwijderen","cc.key.remove_title":"Deze sleutel verwijderen?","cc.key.remove_text":"{person} kan {name} er niet meer mee openen.","cc.key.remove_shares":"De {count} sleutels die ervan gedeeld zijn, werken ook niet meer.","cc.key.removed":"De sleutel is verwijderd.","cc.grant.open":"Toegang geven","cc.grant.add_title":"Toegang geven","cc.grant.edit_title":"Sleutel wijzigen: {name}","cc.grant.people_title":"Toegang geven tot {door}","cc.grant.doors":"Deuren","cc.grant.bundles":"Sleutelbossen","cc.grant.people":"Personen","cc.grant.chosen":"{count} gekozen","cc.grant.all_of":"Alle {count} kiezen","cc.grant.none_of":"Alle {count} wissen","cc.grant.more_people":"{shown} van {count} getoond: zoek om de lijst te verkleinen. Alle kiezen neemt alle resultaten.","cc.grant.choose_doors":"Kies minstens één deur of sleutelbos.","cc.grant.choose_people":"Kies minstens één persoon.","cc.grant.window":"Geldig","cc.grant.from":"Vanaf","cc.grant.until":"Tot","cc.grant.window_hint":"Leeg laten: vanaf nu, zonder einddatum.","cc.grant.sharing":"Delen","cc.grant.may_share":"Mag de sleutel met anderen delen","cc.grant.share_limit":"Maximaal aantal delingen tegelijk","cc.grant.share_limit_placeholder":"Zoals eerder","cc.grant.share_hint":"Sleutels die de persoon al heeft, houden hun deelrecht tenzij je het aanvinkt.","cc.grant.share_hint_edit":"Delen uitzetten trekt de sleutels in die hiervan gedeeld zijn.","cc.grant.save":"Toegang geven","cc.grant.added":"Toegang gegeven.","cc.schedule.limited":"Alleen op vaste tijden in de week","cc.schedule.any_time":"Op elk moment van de dag en de week.","cc.schedule.any_time_short":"Altijd","cc.schedule.weekdays":"Weekdagen","cc.schedule.start":"Van","cc.schedule.end":"Tot","cc.schedule.add_window":"Tijden toevoegen","cc.schedule.remove_window":"Deze tijden verwijderen","cc.schedule.overnight_hint":"Tijden zijn de lokale tijd van het gebouw; een einde vóór het begin loopt door de nacht.","cc.sharing.title":"Delen: {name}","cc.sharing.used":"Nu gedeeld: {used} van {limit}.","cc.sharing.off_revokes":"De {count} sleutels die van deze sleutel gedeeld zijn, worden ingetrokken.","cc.sharing.lower_keeps":"Een lagere limiet houdt de bestaande delingen; nieuwe wachten tot er minder actief zijn.","cc.emergency.open":"Noodsleutel","cc.emergency.title":"Noodsleutel voor {name}","cc.emergency.intro":"Opent meteen, op elk tijdstip, buiten elk rooster. Hij kan niet gedeeld worden en elk gebruik wordt aan het bestuur gemeld.","cc.emergency.reason":"Reden","cc.emergency.reason_placeholder":"Bijvoorbeeld: waterlek in de kelder","cc.emergency.reason_needed":"Geef een reden: het bestuur vraagt waarom.","cc.emergency.until":"Tot","cc.emergency.until_default":"Leeg: 24 uur vanaf nu.","cc.emergency.issue":"Noodsleutel uitgeven","cc.emergency.issued":"Noodsleutel uitgegeven.","cc.credential.open":"Pincode of tag toevoegen","cc.credential.title":"Pincode of tag voor {name}","cc.credential.random":"Een willekeurige pincode","cc.credential.random_hint":"De hub kiest hem en toont hem één keer, hier.","cc.credential.chosen":"Een pincode die ik kies","cc.credential.chosen_hint":"Minstens {min} cijfers; makkelijk te raden codes worden geweigerd.","cc.credential.tag":"Een tag met zijn UID","cc.credential.tag_hint":"Typ de UID die op de tag of het zakje staat.","cc.credential.learn":"De tag nu bij een deur aanbieden","cc.credential.learn_hint":"De lezer van de deur vangt binnen een minuut de volgende onbekende tag die ervoor gehouden wordt.","cc.credential.no_reader":"Geen deur heeft een taglezer.","cc.credential.pin":"Pincode","cc.credential.pin_digits":"Een pincode bestaat alleen uit cijfers, minstens {min}.","cc.credential.uid":"UID van de tag (hex)","cc.credential.tag_needed":"Typ de UID van de tag.","cc.credential.door":"Deur","cc.credential.label":"Label (optioneel)","cc.credential.label_placeholder":"Bijvoorbeeld: blauwe tag","cc.credential.add":"Toevoegen","cc.credential.start_learning":"Beginnen met luisteren","cc.credential.present_now":"Houd de tag nu voor de lezer van {door}…","cc.credential.added":"Toegevoegd. Hij bereikt de deuren bij de volgende bijwerking.","cc.credential.pin_title":"De pincode voor {name}","cc.credential.pin_once":"Geef hem nu aan de persoon: hij wordt alleen deze keer getoond en is daarna niet meer te lezen.","cc.credential.copy_failed":"Kopiëren lukte niet: selecteer de code en kopieer hem zelf.","cc.credential.pin_set":"Pincode: ingesteld","cc.credential.pin_not_set":"Pincode: niet ingesteld","cc.credential.a_pin":"Pincode","cc.credential.a_tag":"Tag","cc.credential.a_tag_hint":"Tag …{hint}","cc.credential.since":"toegevoegd {time}","cc.credential.active":"Actief","cc.credential.blocked_at":"Geblokkeerd {time}","cc.credential.block":"Blokkeren","cc.credential.block_pin_title":"Deze pincode blokkeren?","cc.credential.block_tag_title":"Deze tag blokkeren?","cc.credential.block_text":"Hij werkt niet meer bij de deuren voordat iets anders wordt bijgewerkt.","cc.credential.block_keep":"Een geblokkeerde code of tag blijft in de lijst, en een poging ermee wordt aan het bestuur gemeld.","cc.credential.blocked_toast":"Geblokkeerd.","cc.credential.remove_pin_title":"Deze pincode verwijderen?","cc.credential.remove_tag_title":"Deze tag verwijderen?","cc.credential.remove_text":"Hij opent de deuren niet meer zodra ze bijgewerkt zijn. Bij een verloren tag of uitgelekte code: blokkeer hem liever, dat gaat sneller.","cc.credential.removed":"Verwijderd.","cc.share.to":"Gedeeld als","cc.share.uses":"Status en gebruik","cc.share.uses_n":"{uses} keer gebruikt","cc.share.uses_of":"{uses} van {limit} keer gebruikt","cc.share.last_used":"Laatst gebruikt {time}","cc.share.revoke":"Intrekken","cc.share.revoke_title":"Deze gedeelde sleutel intrekken?","cc.share.revoke_text":"Hij opent {door} meteen niet meer.","cc.share.revoked":"De gedeelde sleutel is ingetrokken.","cc.share_kind.user":"Aan een Home Assistant-gebruiker","cc.share_kind.link":"Gastlink","cc.share_kind.pin":"Pincode","cc.share_kind.unknown":"Gedeelde sleutel","cc.share_status.active":"Actief","cc.share_status.not_yet_valid":"Nog niet geldig","cc.share_status.used_up":"Opgebruikt","cc.share_status.expired":"Verlopen","cc.share_status.revoked":"Ingetrokken","cc.share_status.unknown":"Onbekend","cc.door.details":"Deur","cc.door.address":"Adres","cc.door.entrance_x":"Ingang {entrance}","cc.door.lock":"Slot","cc.door.sync":"Pincodes en tags","cc.door.keypad":"Toetsenbord","cc.door.reader":"Taglezer","cc.door.access":"Wie heeft toegang","cc.door.no_access":"Niemand heeft een sleutel van deze deur.","cc.door.search":"Sleutelhouders zoeken","cc.door.holders":"{count} sleutels","cc.door.opens_now":"Opent nu","cc.door.not_now":"Nu niet","cc.door.guest":"Gast","cc.door.tick":"{name} kiezen","cc.door.tick_all":"Alle kiezen","cc.door.give":"Toegang geven","cc.door.given":"Toegang gegeven.","cc.door.remove":"Toegang intrekken","cc.door.remove_n":"Toegang intrekken ({count})","cc.door.remove_title":"{count} sleutels intrekken?","cc.door.remove_text":"De {count} gekozen sleutels openen {door} niet meer.","cc.door.remove_bundles":"Sleutels uit een sleutelbos ({bundles}) gaan in hun geheel weg, met de andere deuren van de sleutelbos.","cc.door.remove_shares_go":"Sleutels die de houders ervan deelden, werken ook niet meer.","cc.door.removed":"Toegang ingetrokken.","cc.door.events":"Recente gebeurtenissen","cc.via.grant":"Eigen sleutel","cc.via.bundle_named":"Sleutelbos: {bundle}","cc.via.bundle":"Sleutelbos","cc.via.share":"Gedeelde sleutel","cc.via.emergency":"Noodsleutel","cc.via.unknown":"Sleutel","cc.events.none":"Nog geen gebeurtenissen.","cc.events.time":"Tijd","cc.events.what":"Wat","cc.events.door":"Deur","cc.events.person":"Wie","cc.events.someone":"Iemand die niet meer in de lijst staat","cc.event.unlocked":"Ontgrendeld","cc.event.locked":"Vergrendeld","cc.event.unlatched":"Geopend","cc.event.denied":"Geweigerd","cc.event.blocked_credential_presented":"Geblokkeerde code of tag geprobeerd","cc.event.jammed":"Slot vastgelopen","cc.event.door_opened":"Deur geopend","cc.event.door_closed":"Deur gesloten","cc.event.rebooted":"Deurunit herstart","cc.event.clock_set":"Klok gezet","cc.event.battery_low":"Batterij bijna leeg","cc.event.tamper":"Sabotage","cc.event.paired":"Gekoppeld","cc.event.credentials_updated":"Pincodes en tags bijgewerkt","cc.event.share_used":"Gedeelde sleutel gebruikt","cc.event.emergency_key_used":"Noodsleutel gebruikt","cc.event.door_removed":"Deur verwijderd","cc.event.registry_changed":"Sleutels gewijzigd","cc.event.import":"Bewoners geïmporteerd","cc.event.erasure":"Persoon gewist","cc.event.unknown":"Gebeurtenis","cc.source.ble":"met de app","cc.source.pin":"met pincode","cc.source.tag":"met tag","cc.source.button":"met de knop binnen","cc.source.auto_relock":"automatisch","cc.source.manual":"met de hand","cc.source.system":"door de deurunit","cc.source.hub":"door de hub","cc.source.unknown":"op een andere manier","cc.deny.unknown_credential":"onbekende code of tag","cc.deny.outside_schedule":"buiten de tijden","cc.deny.not_yet_valid":"nog niet geldig","cc.deny.expired":"verlopen","cc.deny.disabled":"geblokkeerd","cc.deny.keypad_locked":"toetsenbord vergrendeld na foute codes","cc.deny.no_key":"geen sleutel","cc.deny.use_limit_reached":"opgebruikt","cc.deny.share_revoked":"gedeelde sleutel ingetrokken","cc.deny.unattributed_refused":"geen bekende persoon","cc.deny.unknown":"andere reden","cc.overview.count_one":"{count} persoon","cc.overview.count_filtered_one":"{count} van {total} persoon","cc.overview.keys_one":"{count} sleutel","cc.door.holders_one":"{count} sleutel","cc.door.remove_title_one":"Deze sleutel intrekken?","cc.door.remove_text_one":"De gekozen sleutel opent {door} niet meer.","cc.sync.pending_hint_one":"Eén wijziging in pincodes en tags wacht om deze deur te bereiken.","cc.key.remove_shares_one":"De sleutel die ervan gedeeld is, werkt ook niet meer.","cc.person.remove_shares_one":"De sleutel die deze persoon deelde, werkt ook niet meer.","cc.sharing.off_revokes_one":"De sleutel die van deze sleutel gedeeld is, wordt ingetrokken.","cc.share.uses_n_one":"Eén keer gebruikt"};var gt={};var mt={};var vt={};var kt={};var yt={en:{...at,...ht,...mt},nb:{...ct,...pt,...vt},da:{...ot,...dt,...gt},nl:{...lt,...ut,...kt}};function Q(s){let n=(s??"en").toLowerCase().split("-")[0]??"en";return n==="nb"||n==="no"||n==="nn"?"nb":n==="da"||n==="nl"?n:"en"}function v(s,n,e={}){return(yt[s][n]??yt.en[n]??n).replace(/\{(\w+)\}/g,(r,i)=>i in e?String(e[i]):r)}var w=x`
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
`,_t="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z";function ft(s){s.dispatchEvent(new Event("hass-toggle-menu",{bubbles:!0,composed:!0}))}function $(s,n){if(!n)return"";let e=new Date(n);return Number.isNaN(e.getTime())?n:e.toLocaleString(s,{dateStyle:"medium",timeStyle:"short"})}function V(s){if(!s)return;let n=new Date(s);return Number.isNaN(n.getTime())?void 0:n.toISOString()}var X=class{constructor(n,e){this.hass=n;this.entryId=e}call(n,e={}){let t={type:`digitalkey/${n}`,...e};return this.entryId!==void 0&&(t.entry_id=this.entryId),this.hass().callWS(t)}subscribe(n){let e={type:"digitalkey/subscribe"};return this.entryId!==void 0&&(e.entry_id=this.entryId),this.hass().connection.subscribeMessage(t=>n(t.changed),e)}},bt;function wt(s){return bt??=s.loadBackendTranslation?.("exceptions","digitalkey")??Promise.resolve(),bt}function $t(s,n){let e=n;if(e?.translation_key&&e.translation_domain==="digitalkey"){let t=s.localize(`component.digitalkey.exceptions.${e.translation_key}.message`,e.translation_placeholders??{});if(t)return t}return typeof e?.message=="string"&&e.message?e.message:String(n)}var T=x`
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
`;function _(s,n,e){let t=`${n}.${e??"unknown"}`,r=v(s,t);return r===t?v(s,`${n}.unknown`):r}function rn(s){return s==="locked"?"ok":s==="jammed"?"bad":s==="unlocked"||s==="open"||s==="opening"||s==="unlocking"?"warn":""}function te(s,n){return o`<span class="chip ${rn(n)}" data-test="door-lock-state"
    >${_(s,"cc.lock",n)}</span
  >`}function ne(s,n,e,t=!1){if(e.battery===null||e.battery===void 0)return d;let r=(e.battery/100).toLocaleString(n,{style:"percent"}),i=e.battery_critical===!0;return o`<span
    class="chip ${i?"bad":""}"
    data-test="door-battery"
    data-critical=${i?"true":"false"}
    title=${s(i?"cc.battery.critical_hint":"cc.battery.label")}
    >${i?s("cc.battery.critical",{level:r}):t?r:s("cc.battery.level",{level:r})}</span
  >`}function re(s,n,e,t){let r=t.sync;return!r||r.state===null?o`<span class="chip" data-test="door-sync" data-state="unknown"
      >${s("cc.sync.unknown")}</span
    >`:r.state==="in_sync"?o`<span class="chip ok" data-test="door-sync" data-state="in_sync"
      >${s("cc.sync.in_sync")}</span
    >`:r.state==="pending"?o`<span class="chip warn" data-test="door-sync" data-state="pending"
      >${s("cc.sync.pending",{count:r.pending??0})}</span
    >`:o`<span
    class="chip bad"
    data-test="door-sync"
    data-state="failed"
    title=${r.reason?_(n,"cc.sync_reason",r.reason):""}
    >${r.since?s("cc.sync.failed_since",{time:$(e,r.since)}):s("cc.sync.failed")}</span
  >`}var sn={active:"ok",not_yet_valid:"",used_up:"warn",expired:"",revoked:"bad"};function xt(s,n){return o`<span class="chip ${sn[n]??""}" data-test="share-status"
    >${_(s,"cc.share_status",n)}</span
  >`}function ee(s,n){let e=new Date(n);return Number.isNaN(e.getTime())?n:e.getHours()===0&&e.getMinutes()===0?e.toLocaleDateString(s,{dateStyle:"medium"}):$(s,n)}function K(s,n,e,t){return e&&t?s("cc.window.between",{from:ee(n,e),until:ee(n,t)}):e?s("cc.window.from",{from:ee(n,e)}):t?s("cc.window.until",{until:ee(n,t)}):s("cc.window.always")}function se(s,n,e,t,r,i){return t.length?o`<div class="table-scroll">
    <table data-test="recent-events">
      <thead>
        <tr>
          <th>${s("cc.events.time")}</th>
          <th>${s("cc.events.what")}</th>
          <th>${s(i==="door"?"cc.events.door":"cc.events.person")}</th>
        </tr>
      </thead>
      <tbody>
        ${t.map(a=>{let l=i==="door"?r.doors.get(a.door_id??"")??"":r.people.get(a.person_id??"")??(a.person_id||a.user_id?s("cc.events.someone"):""),c=a.source?_(n,"cc.source",a.source):"",h=a.kind==="denied"&&a.reason?_(n,"cc.deny",a.reason):"";return o`<tr data-test="event-row">
            <td class="nowrap">${$(e,a.time)}</td>
            <td>
              ${_(n,"cc.event",a.kind)}
              ${c||h?o`<div class="secondary">${[c,h].filter(Boolean).join(" · ")}</div>`:d}
            </td>
            <td>${l}</td>
          </tr>`})}
      </tbody>
    </table>
  </div>`:o`<p class="empty">${s("cc.events.none")}</p>`}function W(s,n){return{doors:new Map(s.map(e=>[e.id,e.name])),people:new Map(n.map(e=>[e.id,e.name]))}}function m(s,n){customElements.get(s)||customElements.define(s,n)}var L=class extends k{static{this.properties={hass:{attribute:!1},api:{attribute:!1},language:{attribute:!1},narrow:{type:Boolean}}}t(n,e={}){return v(this.language??"en",n,e)}tp(n,e,t={}){let r=this.language??"en",i={count:this.num(e),...t};if(new Intl.PluralRules(r).select(e)==="one"){let a=`${n}_one`,l=v(r,a,i);if(l!==a)return l}return v(r,n,i)}get locale(){return this.hass?.locale?.language??this.hass?.language??"en"}num(n){return n.toLocaleString(this.locale)}lockState(n){return(n.entity_id?this.hass?.states?.[n.entity_id]?.state:void 0)??n.lock_state}refusal(n){return $t(this.hass,n)}toast(n){this.dispatchEvent(new CustomEvent("dk-toast",{detail:{message:n},bubbles:!0,composed:!0}))}navigate(n,e){let t=e===void 0?{page:n}:{page:n,id:e};this.dispatchEvent(new CustomEvent("dk-navigate",{detail:t,bubbles:!0,composed:!0}))}href(n,e){let t=new URLSearchParams({page:n});return e!==void 0&&t.set("id",e),`${location.pathname}?${t.toString()}`}follow(n,e,t){n.button!==0||n.metaKey||n.ctrlKey||n.shiftKey||n.altKey||(n.preventDefault(),this.navigate(e,t))}},f=class extends L{static{this.properties={...L.properties,revision:{type:Number}}}load(n){}willUpdate(n){super.willUpdate(n),n.has("revision")&&n.get("revision")!==void 0&&this.load(!0)}};var ie={query:"",role:"",entrance:"",noConsent:!1,noUser:!1,atLimit:!1},on=3;function an(s){let n=s.replace(/\D/g,"");return n.startsWith("00")?n.slice(2):n.startsWith("0")?n.slice(1):n}function C(s){return s.normalize("NFD").replace(/[\u0300-\u0309\u030b-\u036f]/g,"").normalize("NFC").toLocaleLowerCase()}function cn(s){return/^[\d\s+\-().]+$/.test(s)&&s.replace(/\D/g,"").length>=on}function oe(s){let n=C([s.name,s.dwelling??"",s.email??""].join(`
`));return{row:s,text:n,digits:(s.phone??"").replace(/\D/g,"")}}function ln(s,n){let e=n.trim();if(!e)return!0;if(cn(e)){let t=an(e);return t&&s.digits.includes(t)?!0:s.text.includes(C(e))}return C(e).split(/\s+/).every(t=>s.text.includes(t))}function ae(s,n){let e=[];for(let t of s){let r=t.row;n.role&&r.role!==n.role||n.entrance&&r.entrance!==n.entrance||n.noConsent&&r.consent||n.noUser&&r.linked||n.atLimit&&!r.shares_at_limit||ln(t,n.query)&&e.push(r)}return e}var g=class extends L{constructor(){super();this.onKey=e=>{e.key==="Escape"&&!this.busy&&(e.stopPropagation(),this.close())};this.error="",this.busy=!1}static{this.properties={...L.properties,error:{state:!0},busy:{state:!0}}}static{this.styles=[w,T]}connectedCallback(){super.connectedCallback(),window.addEventListener("keydown",this.onKey)}disconnectedCallback(){window.removeEventListener("keydown",this.onKey),super.disconnectedCallback()}firstUpdated(){let e=this.renderRoot;(e.querySelector("input:not([disabled]), select, textarea")??e.querySelector("button.dialog-focus")??e.querySelector("[data-test=dialog-cancel]"))?.focus()}close(){this.dispatchEvent(new CustomEvent("dk-close",{bubbles:!1,composed:!1}))}saved(e={}){this.dispatchEvent(new CustomEvent("dk-saved",{detail:e,bubbles:!1,composed:!1}))}async attempt(e){if(this.busy)return!1;this.busy=!0,this.error="";try{return await e(),!0}catch(t){return this.error=this.refusal(t),!1}finally{this.busy=!1}}frame(e,t,r,i="dialog"){return o`<div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-label=${e} data-test=${i}>
        <h2>${e}</h2>
        ${t}
        ${this.error?o`<p class="error" data-test="error" role="alert">${this.error}</p>`:d}
        <div class="actions">${r}</div>
      </div>
    </div>`}cancelButton(e=this.t("cc.cancel")){return o`<button
      class="secondary-action"
      data-test="dialog-cancel"
      ?disabled=${this.busy}
      @click=${()=>this.close()}
    >
      ${e}
    </button>`}};var Ae=class extends g{static{this.properties={...g.properties,heading:{attribute:!1},lines:{attribute:!1},yesLabel:{attribute:!1},danger:{type:Boolean},action:{attribute:!1}}}constructor(){super(),this.lines=[],this.danger=!0}async yes(){let n;await this.attempt(async()=>{n=await this.action()})&&this.saved(n)}render(){return this.frame(this.heading,this.lines.map(n=>o`<p>${n}</p>`),o`${this.cancelButton()}
        <button
          class=${this.danger?"danger":""}
          data-test="confirm-yes"
          ?disabled=${this.busy}
          @click=${()=>this.yes()}
        >
          ${this.yesLabel}
        </button>`,"confirm-dialog")}};m("dk-confirm-dialog",Ae);var Ne=["mon","tue","wed","thu","fri","sat","sun"];function dn(s){let n=new Intl.DateTimeFormat(s,{weekday:"short",timeZone:"UTC"});return Ne.map((e,t)=>n.format(new Date(Date.UTC(2024,0,1+t))))}function St(){return{weekdays:["mon","tue","wed","thu","fri"],start:"07:00",end:"17:00"}}function Et(s,n,e,t){let r=dn(n),i=e??[],a=(l,c)=>t(i.map((h,u)=>u===l?c:h));return o`<label class="check">
      <input
        type="checkbox"
        data-test="grant-schedule"
        .checked=${e!==null}
        @change=${l=>t(l.target.checked?[St()]:null)}
      />
      ${s("cc.schedule.limited")}
    </label>
    ${e===null?o`<p class="hint">${s("cc.schedule.any_time")}</p>`:o`${i.map((l,c)=>o`<div class="schedule-window" data-test="schedule-window">
                <div class="weekdays" role="group" aria-label=${s("cc.schedule.weekdays")}>
                  ${Ne.map((h,u)=>o`<label>
                        <input
                          type="checkbox"
                          data-test="schedule-day"
                          data-day=${h}
                          .checked=${l.weekdays.includes(h)}
                          @change=${p=>{let y=p.target.checked,b=Ne.filter(P=>P===h?y:l.weekdays.includes(P));a(c,{...l,weekdays:b})}}
                        />${r[u]}
                      </label>`)}
                </div>
                <div class="field-row">
                  <div>
                    <label>${s("cc.schedule.start")}</label>
                    <input
                      type="time"
                      data-test="schedule-start"
                      .value=${l.start}
                      @change=${h=>a(c,{...l,start:h.target.value})}
                    />
                  </div>
                  <div>
                    <label>${s("cc.schedule.end")}</label>
                    <input
                      type="time"
                      data-test="schedule-end"
                      .value=${l.end}
                      @change=${h=>a(c,{...l,end:h.target.value})}
                    />
                  </div>
                </div>
                ${i.length>1?o`<div class="actions">
                      <button
                        type="button"
                        class="secondary-action small"
                        @click=${()=>t(i.filter((h,u)=>u!==c))}
                      >
                        ${s("cc.schedule.remove_window")}
                      </button>
                    </div>`:d}
              </div>`)}
          <button
            type="button"
            class="secondary-action small"
            data-test="schedule-add"
            @click=${()=>t([...i,St()])}
          >
            ${s("cc.schedule.add_window")}
          </button>
          <p class="hint">${s("cc.schedule.overnight_hint")}</p>`}`}function ce(s){return String(s).padStart(2,"0")}function le(s){if(!s)return"";let n=new Date(s);return Number.isNaN(n.getTime())?"":`${n.getFullYear()}-${ce(n.getMonth()+1)}-${ce(n.getDate())}T${ce(n.getHours())}:${ce(n.getMinutes())}`}function Tt(s){let n=new Date(Date.now()+s*36e5);return n.setSeconds(0,0),le(n.toISOString())}var hn=100,De=class extends g{constructor(){super();this.searchables=[];this.mode="targets",this.doors=[],this.bundles=[],this.people=[],this.personId="",this.doorId="",this.grant=null,this.chosen=new Set,this.from="",this.until="",this.schedule=null,this.mayShare=!1,this.shareLimit="",this.query=""}static{this.properties={...g.properties,mode:{attribute:!1},doors:{attribute:!1},bundles:{attribute:!1},people:{attribute:!1},personId:{attribute:!1},doorId:{attribute:!1},grant:{attribute:!1},chosen:{state:!0},from:{state:!0},until:{state:!0},schedule:{state:!0},mayShare:{state:!0},shareLimit:{state:!0},query:{state:!0}}}willUpdate(e){if(super.willUpdate(e),e.has("people")){let t=[...this.people].sort((r,i)=>r.name.localeCompare(i.name,this.locale,{sensitivity:"base"}));this.searchables=t.map(oe)}if(e.has("grant")&&this.grant){let t=this.grant;this.from=le(t.valid_from),this.until=le(t.valid_until),this.schedule=t.schedule?t.schedule.map(r=>({...r})):null,this.mayShare=t.may_share,this.shareLimit=String(t.share_limit)}}toggle(e,t){let r=new Set(this.chosen);t?r.add(e):r.delete(e),this.chosen=r}message(){let e={};if(this.mode==="edit"&&this.grant)e.person_ids=[this.personId],this.grant.bundle_id?e.bundle_ids=[this.grant.bundle_id]:this.grant.door_id&&(e.doors=[this.grant.door_id]);else if(this.mode==="people"){if(!this.chosen.size)return this.t("cc.grant.choose_people");e.person_ids=[...this.chosen],e.doors=[this.doorId]}else{let a=[...this.chosen].filter(c=>c.startsWith("door:")).map(c=>c.slice(5)),l=[...this.chosen].filter(c=>c.startsWith("bundle:")).map(c=>c.slice(7));if(!a.length&&!l.length)return this.t("cc.grant.choose_doors");e.person_ids=[this.personId],a.length&&(e.doors=a),l.length&&(e.bundle_ids=l)}let t=V(this.from),r=V(this.until);t&&(e.valid_from=t),r&&(e.valid_until=r),this.schedule!==null&&(e.schedule=this.schedule),(this.mode==="edit"||this.mayShare)&&(e.may_share=this.mayShare);let i=this.shareLimit.trim();return i!==""&&(e.share_limit=Number(i)),e}async save(){let e=this.message();if(typeof e=="string"){this.error=e;return}let t;await this.attempt(async()=>{t=await this.api.call("grants/add",e)})&&this.saved(t)}renderTargets(){let e=t=>t.door_ids.map(r=>this.doors.find(i=>i.id===r)?.name).filter(Boolean).join(", ");return o`<h3>${this.t("cc.grant.doors")}</h3>
      <div class="checks" role="group" aria-label=${this.t("cc.grant.doors")}>
        ${this.doors.map(t=>o`<label class="inline">
              <input
                type="checkbox"
                data-test="grant-doors"
                data-id=${t.id}
                .checked=${this.chosen.has(`door:${t.id}`)}
                @change=${r=>this.toggle(`door:${t.id}`,r.target.checked)}
              />
              <span>${t.name}</span>
            </label>`)}
      </div>
      ${this.bundles.length?o`<h3>${this.t("cc.grant.bundles")}</h3>
            <div class="checks" role="group" aria-label=${this.t("cc.grant.bundles")}>
              ${this.bundles.map(t=>o`<label class="inline">
                    <input
                      type="checkbox"
                      data-test="grant-bundles"
                      data-id=${t.id}
                      .checked=${this.chosen.has(`bundle:${t.id}`)}
                      @change=${r=>this.toggle(`bundle:${t.id}`,r.target.checked)}
                    />
                    <span
                      >${t.name}
                      <div class="secondary">${e(t)}</div></span
                    >
                  </label>`)}
            </div>`:d}`}renderPeople(){let e=ae(this.searchables,{...ie,query:this.query}),t=e.slice(0,hn),r=e.length>0&&e.every(i=>this.chosen.has(i.id));return o`<label for="people-search">${this.t("cc.grant.people")}</label>
      <input
        id="people-search"
        type="search"
        data-test="grant-people-search"
        placeholder=${this.t("cc.overview.search_placeholder")}
        .value=${this.query}
        @input=${i=>this.query=i.target.value}
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
          @click=${()=>{let i=new Set(this.chosen);for(let a of e)r?i.delete(a.id):i.add(a.id);this.chosen=i}}
        >
          ${r?this.t("cc.grant.none_of",{count:this.num(e.length)}):this.t("cc.grant.all_of",{count:this.num(e.length)})}
        </button>
      </div>
      <div class="checks pick-list" role="group" aria-label=${this.t("cc.grant.people")}>
        ${t.map(i=>o`<label class="inline">
              <input
                type="checkbox"
                data-test="grant-people"
                data-id=${i.id}
                .checked=${this.chosen.has(i.id)}
                @change=${a=>this.toggle(i.id,a.target.checked)}
              />
              <span
                >${i.name}
                <div class="secondary">
                  ${[i.dwelling,this.t(`cc.role.${i.role}`)].filter(Boolean).join(" · ")}
                </div></span
              >
            </label>`)}
      </div>
      ${e.length>t.length?o`<p class="hint">
            ${this.t("cc.grant.more_people",{shown:this.num(t.length),count:this.num(e.length)})}
          </p>`:d}`}render(){let e=this.mode==="edit"?this.t("cc.grant.edit_title",{name:this.grant?.name??""}):this.mode==="people"?this.t("cc.grant.people_title",{door:this.doors.find(t=>t.id===this.doorId)?.name??""}):this.t("cc.grant.add_title");return this.frame(e,o`${this.mode==="targets"?this.renderTargets():d}
        ${this.mode==="people"?this.renderPeople():d}
        <h3>${this.t("cc.grant.window")}</h3>
        <div class="field-row">
          <div>
            <label for="from">${this.t("cc.grant.from")}</label>
            <input
              id="from"
              type="datetime-local"
              data-test="grant-from"
              .value=${this.from}
              @input=${t=>this.from=t.target.value}
            />
          </div>
          <div>
            <label for="until">${this.t("cc.grant.until")}</label>
            <input
              id="until"
              type="datetime-local"
              data-test="grant-until"
              .value=${this.until}
              @input=${t=>this.until=t.target.value}
            />
          </div>
        </div>
        <p class="hint">${this.t("cc.grant.window_hint")}</p>
        ${Et((t,r)=>this.t(t,r),this.locale,this.schedule,t=>this.schedule=t)}
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
        </p>`,o`${this.cancelButton()}
        <button data-test="grant-save" ?disabled=${this.busy} @click=${()=>this.save()}>
          ${this.mode==="edit"?this.t("cc.save"):this.t("cc.grant.save")}
        </button>`,"grant-dialog")}};m("dk-grant-dialog",De);var de=100;function H(s){return`${s.via}:${s.key_id}`}var Ie=class extends f{constructor(){super();this.loading=0;this.data=null,this.overview=null,this.error="",this.dialog=null,this.ticked=new Set,this.query="",this.shown=de}static{this.properties={...f.properties,doorId:{attribute:!1},data:{state:!0},overview:{state:!0},error:{state:!0},dialog:{state:!0},ticked:{state:!0},query:{state:!0},shown:{state:!0}}}static{this.styles=[w,T]}willUpdate(e){super.willUpdate(e),(e.has("doorId")||e.has("api")&&!this.data)&&(this.data=null,this.ticked=new Set,this.load(!1)),e.has("query")&&(this.shown=de)}async load(e){if(!this.api||!this.doorId)return;let t=++this.loading;try{let[r,i]=await Promise.all([this.api.call("door/get",{door:this.doorId}),this.api.call("overview/get")]);if(t!==this.loading)return;this.data=r,this.overview=i,this.error="";let a=new Set(r.access.map(H));this.ticked=new Set([...this.ticked].filter(l=>a.has(l)))}catch(r){t===this.loading&&(this.error=this.refusal(r))}}rows(){let e=this.data?.access??[],t=C(this.query.trim());return t?e.filter(r=>C([r.name??"",r.bundle_name??""].join(" ")).includes(t)):e}tick(e,t){let r=new Set(this.ticked);t?r.add(e):r.delete(e),this.ticked=r}holderName(e){return e.name??(e.person_id?this.t("cc.events.someone"):this.t("cc.door.guest"))}removeTicked(){let e=this.data;if(!e)return;let t=e.access.filter(c=>this.ticked.has(H(c)));if(!t.length)return;let r=t.filter(c=>c.via!=="share").map(c=>c.key_id),i=t.filter(c=>c.via==="share").map(c=>c.key_id),a=[...new Set(t.filter(c=>c.via==="bundle").map(c=>c.bundle_name??""))].filter(Boolean),l=[this.tp("cc.door.remove_text",t.length,{door:e.door.name})];a.length&&l.push(this.t("cc.door.remove_bundles",{bundles:a.join(", ")})),r.length&&l.push(this.t("cc.door.remove_shares_go")),this.dialog={kind:"confirm",heading:this.tp("cc.door.remove_title",t.length),lines:l,yes:this.t("cc.door.remove"),action:async()=>{r.length&&await this.api.call("grants/remove",{grant_ids:[...new Set(r)]});for(let c of i)await this.api.call("shares/revoke",{share_id:c})}}}renderFacts(e){let t=e.door,r=t.sync,i=(l,c)=>o`<dt>${l}</dt>
        <dd>${c}</dd>`,a=(l,c)=>this.t(l,c);return o`<section class="card" aria-labelledby="door-facts">
      <h2 id="door-facts">${this.t("cc.door.details")}</h2>
      <dl class="facts">
        ${i(this.t("cc.door.address"),t.address||"—")}
        ${i(this.t("cc.person.entrance"),t.entrance||"—")}
        ${i(this.t("cc.door.lock"),te(this.language,this.lockState(t)))}
        ${i(this.t("cc.battery.label"),t.battery===null||t.battery===void 0?this.t("cc.battery.none"):o`${ne(a,this.locale,t,!0)}
              ${t.battery_critical?o`<div class="secondary">${this.t("cc.battery.critical_hint")}</div>`:d}`)}
        ${i(this.t("cc.door.sync"),o`${re(a,this.language,this.locale,t)}
          ${r?.state==="pending"?o`<div class="secondary">
                ${this.tp("cc.sync.pending_hint",r.pending??0)}
              </div>`:d}
          ${r?.state==="failed"&&r.reason?o`<div class="secondary" data-test="door-sync-reason">
                ${_(this.language,"cc.sync_reason",r.reason)}
              </div>`:d}
          ${r?.state!=="failed"&&r?.since?o`<div class="secondary">
                ${this.t(r.state==="pending"?"cc.sync.pending_since":"cc.sync.last_synced",{time:$(this.locale,r.since)})}
              </div>`:d}`)}
        ${i(this.t("cc.door.keypad"),t.has_keypad?this.t("cc.yes"):this.t("cc.no"))}
        ${i(this.t("cc.door.reader"),t.has_reader?this.t("cc.yes"):this.t("cc.no"))}
      </dl>
    </section>`}renderVia(e){if(e.via==="bundle")return o`<span class="chip"
        >${this.t("cc.via.bundle_named",{bundle:e.bundle_name??""})}</span
      >`;let t=e.via==="emergency"?"bad":"";return o`<span class="chip ${t}">${_(this.language,"cc.via",e.via)}</span>`}renderRow(e){let t=H(e),r=this.holderName(e);return o`<div
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
          aria-label=${this.t("cc.door.tick",{name:r})}
          .checked=${this.ticked.has(t)}
          @change=${i=>this.tick(t,i.target.checked)}
        />
      </label>
      <div class="entry-main">
        <div class="item-title">
          ${e.person_id?o`<a
                href=${this.href("person",e.person_id)}
                @click=${i=>this.follow(i,"person",e.person_id??void 0)}
                >${r}</a
              >`:r}
          <span class="title-chips">
            ${this.renderVia(e)}
            ${e.opens_now?o`<span class="chip ok" data-test="access-opens" data-opens="true"
                  >${this.t("cc.door.opens_now")}</span
                >`:o`<span class="chip" data-test="access-opens" data-opens="false"
                  >${this.t("cc.door.not_now")}</span
                >`}
          </span>
        </div>
        <div class="secondary">
          ${K((i,a)=>this.t(i,a),this.locale,e.valid_from,e.valid_until)}
        </div>
        ${e.reason_text?o`<div class="secondary" data-test="access-reason">${e.reason_text}</div>`:d}
      </div>
    </div>`}renderAccess(e){let t=this.rows(),r=t.slice(0,this.shown),i=t.length>0&&t.every(a=>this.ticked.has(H(a)));return o`<section class="card" aria-labelledby="door-access">
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
      ${e.access.length?o`<input
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
                  .checked=${i}
                  @change=${a=>{let l=a.target.checked,c=new Set(this.ticked);for(let h of t)l?c.add(H(h)):c.delete(H(h));this.ticked=c}}
                />
                ${this.t("cc.door.tick_all")}
              </label>
              <span class="secondary count" role="status"
                >${this.tp("cc.door.holders",t.length)}</span
              >
            </div>
            <div class="entries">${r.map(a=>this.renderRow(a))}</div>
            ${t.length>r.length?o`<div class="pager">
                  <span class="secondary count"
                    >${this.t("cc.overview.showing",{shown:this.num(r.length),count:this.num(t.length)})}</span
                  >
                  <button class="secondary-action" @click=${()=>this.shown+=de}>
                    ${this.t("cc.overview.show_more",{count:this.num(Math.min(de,t.length-r.length))})}
                  </button>
                </div>`:d}`:o`<p class="empty">${this.t("cc.door.no_access")}</p>`}
    </section>`}renderDialog(){let e=this.dialog;if(!e)return d;let t=()=>this.dialog=null;return e.kind==="grant"?o`<dk-grant-dialog
        .hass=${this.hass}
        .api=${this.api}
        .language=${this.language}
        .mode=${"people"}
        .doorId=${this.data?.door.id??this.doorId}
        .doors=${this.overview?.doors??(this.data?[this.data.door]:[])}
        .people=${this.overview?.people??[]}
        @dk-close=${t}
        @dk-saved=${()=>{this.dialog=null,this.toast(this.t("cc.door.given")),this.load(!0)}}
      ></dk-grant-dialog>`:o`<dk-confirm-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.language}
      .heading=${e.heading}
      .lines=${e.lines}
      .yesLabel=${e.yes}
      .action=${e.action}
      @dk-close=${()=>{this.dialog=null,this.load(!0)}}
      @dk-saved=${()=>{this.dialog=null,this.ticked=new Set,this.toast(this.t("cc.door.removed")),this.load(!0)}}
    ></dk-confirm-dialog>`}render(){let e=this.data,t=this.error&&!this.dialog?o`<p class="error" data-test="error" role="alert">${this.error}</p>`:d,r=o`<a
      class="back"
      data-test="back-overview"
      href=${this.href("overview")}
      @click=${l=>this.follow(l,"overview")}
      >← ${this.t("cc.nav.overview")}</a
    >`;if(!e)return o`${r}${t}${this.error?d:o`<p class="empty">${this.t("cc.loading")}</p>`}`;let i=e.door,a=W(this.overview?.doors??[i],this.overview?.people??[]);return o`${r}
      <div class="head page-head">
        <div>
          <h1 class="page-title" data-test="door-title">${i.name}</h1>
          ${i.address?o`<div class="secondary">${i.address}</div>`:d}
        </div>
      </div>
      ${t}
      <div class="grid door-grid">
        <div>${this.renderFacts(e)}</div>
        <div>${this.renderAccess(e)}</div>
      </div>
      <section class="card" aria-labelledby="door-events">
        <h2 id="door-events">${this.t("cc.door.events")}</h2>
        ${se((l,c)=>this.t(l,c),this.language,this.locale,e.events,a,"person")}
      </section>
      ${this.renderDialog()}`}};m("dk-door-page",Ie);var he=["owner","tenant","board","caretaker","service_provider"],Le=["nb","da","nl","en"];async function pe(s){return(await s.callWS({type:"config/auth/list"})).filter(e=>!e.system_generated&&e.is_active!==!1).sort((e,t)=>e.name.localeCompare(t.name,s.language,{sensitivity:"base"}))}function Pt(s,n){let e=Le.includes(n)?n:"";return{name:s?.name??"",role:s?.role??"owner",phone:s?.phone??"",email:s?.email??"",dwelling:s?.dwelling??"",entrance:s?.entrance??"",language:s?s.language??"":e,consent:s?.consent??!1,ha_user_id:s?.ha_user_id??""}}var je=class extends g{static{this.properties={...g.properties,person:{attribute:!1},users:{attribute:!1},linkedTo:{attribute:!1},entrances:{attribute:!1},buildingLanguage:{attribute:!1},values:{state:!0}}}constructor(){super(),this.person=null,this.users=null,this.linkedTo=new Map,this.entrances=[],this.buildingLanguage=""}willUpdate(n){super.willUpdate(n),this.values===void 0&&(this.values=Pt(this.person,this.buildingLanguage))}set(n,e){this.values={...this.values,[n]:e}}fields(){let n=i=>Object.fromEntries(Object.entries(i).map(([a,l])=>[a,typeof l=="string"?l.trim():l])),e=n(this.values),t={};if(this.person===null){for(let[i,a]of Object.entries(e))a!==""&&a!==!1&&(t[i]=a);return t}let r=n(Pt(this.person,this.buildingLanguage));for(let i of Object.keys(e))e[i]!==r[i]&&(t[i]=e[i]);return t}async save(n){if(n.preventDefault(),!this.values.name.trim()){this.error=this.t("cc.person.name_needed");return}let e=this.fields(),t={};await this.attempt(async()=>{this.person===null?t=await this.api.call("people/add",e):Object.keys(e).length&&(t=await this.api.call("people/update",{person_id:this.person.id,...e}))})&&this.saved(t)}text(n,e,t="text",r={}){return o`<label for=${n}>${e}</label>
      <input
        id=${n}
        type=${t}
        data-test="person-${n}"
        .value=${this.values[n]}
        autocomplete=${r.autocomplete??"off"}
        inputmode=${r.inputmode??d}
        list=${r.list??d}
        maxlength="200"
        @input=${i=>this.set(n,i.target.value)}
      />`}userOptions(){if(this.users===null)return o`<option value="">${this.t("cc.loading")}</option>`;let n=this.person?.ha_user_id??"";return o`<option value="" ?selected=${this.values.ha_user_id===""}>
        ${this.t("cc.person.no_user")}
      </option>
      ${this.users.map(e=>{let t=e.id!==n?this.linkedTo.get(e.id):void 0,r=t?this.t("cc.person.user_linked_to",{user:e.name,person:t}):e.name;return o`<option
          value=${e.id}
          ?disabled=${t!==void 0}
          ?selected=${this.values.ha_user_id===e.id}
        >
          ${r}
        </option>`})}`}render(){let n=this.person===null,e=this.values;return this.frame(n?this.t("cc.person.add_title"):this.t("cc.person.edit_title"),o`<form id="person-form" @submit=${t=>this.save(t)}>
        ${this.text("name",this.t("cc.person.name"),"text",{autocomplete:"off"})}
        <label for="role">${this.t("cc.person.role")}</label>
        <select
          id="role"
          data-test="person-role"
          @change=${t=>this.set("role",t.target.value)}
        >
          ${he.map(t=>o`<option value=${t} ?selected=${e.role===t}>
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
              ${this.entrances.map(t=>o`<option value=${t}></option>`)}
            </datalist>
          </div>
        </div>
        <label for="language">${this.t("cc.person.language")}</label>
        <select
          id="language"
          data-test="person-language"
          @change=${t=>this.set("language",t.target.value)}
        >
          ${e.language===""?o`<option value="" selected>${this.t("cc.person.language_default")}</option>`:d}
          ${Le.map(t=>o`<option value=${t} ?selected=${e.language===t}>
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
      </form>`,o`${this.cancelButton()}
        <button type="submit" form="person-form" data-test="person-save" ?disabled=${this.busy}>
          ${n?this.t("cc.person.add"):this.t("cc.save")}
        </button>`,"person-dialog")}};m("dk-person-dialog",je);var ue=100,Re=class extends f{constructor(){super();this.searchables=[];this.loading=0;this.data=null,this.error="",this.filter=ie,this.shown=ue,this.adding=!1,this.users=null}static{this.properties={...f.properties,data:{state:!0},error:{state:!0},filter:{state:!0},shown:{state:!0},adding:{state:!0},users:{state:!0}}}static{this.styles=[w,T]}async load(e){if(!this.api)return;let t=++this.loading;try{let r=await this.api.call("overview/get");if(t!==this.loading)return;this.data=r,this.error=""}catch(r){t===this.loading&&(this.error=this.refusal(r))}}willUpdate(e){if(super.willUpdate(e),e.has("api")&&this.api&&this.load(!1),e.has("data")&&this.data){let t=[...this.data.people].sort((r,i)=>r.name.localeCompare(i.name,this.locale,{sensitivity:"base"}));this.searchables=t.map(oe)}e.has("filter")&&(this.shown=ue)}peopleFound(){let e=this.found;if(e&&e.of===this.searchables&&e.filter===this.filter)return e.rows;let t=ae(this.searchables,this.filter);return this.found={of:this.searchables,filter:this.filter,rows:t},t}setFilter(e){this.filter={...this.filter,...e}}entrances(){let e=new Set;for(let t of this.data?.people??[])t.entrance&&e.add(t.entrance);for(let t of this.data?.doors??[])t.entrance&&e.add(t.entrance);return[...e].sort((t,r)=>t.localeCompare(r,this.locale,{numeric:!0}))}async openAdd(){if(this.adding=!0,this.error="",this.users===null)try{this.users=await pe(this.hass)}catch(e){this.users=[],this.error=this.refusal(e)}}renderDoor(e){let t=[e.address,e.entrance?this.t("cc.door.entrance_x",{entrance:e.entrance}):""].filter(Boolean).join(" · ");return o`<a
      class="item"
      data-test="door-row"
      data-id=${e.id}
      href=${this.href("door",e.id)}
      @click=${r=>this.follow(r,"door",e.id)}
    >
      <div class="item-main">
        <div class="item-title">${e.name}</div>
        ${t?o`<div class="item-sub">${t}</div>`:d}
        <div class="chips-line">
          ${te(this.language,this.lockState(e))}
          ${ne((r,i)=>this.t(r,i),this.locale,e)}
          ${re((r,i)=>this.t(r,i),this.language,this.locale,e)}
        </div>
      </div>
    </a>`}renderPerson(e){let t=[e.dwelling,e.entrance?this.t("cc.door.entrance_x",{entrance:e.entrance}):"",e.phone].filter(Boolean).join(" · ");return o`<a
      class="item"
      data-test="person-row"
      data-id=${e.id}
      href=${this.href("person",e.id)}
      @click=${r=>this.follow(r,"person",e.id)}
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
        ${e.shares||e.shares_at_limit?o`<span
              class="chip count ${e.shares_at_limit?"warn":""}"
              title=${e.shares_at_limit?this.t("cc.overview.at_limit"):this.t("cc.overview.shares_hint")}
              >${this.t("cc.overview.shares",{count:this.num(e.shares)})}</span
            >`:d}
        ${e.consent?d:o`<span class="chip">${this.t("cc.overview.no_consent")}</span>`}
        ${e.linked?d:o`<span class="chip">${this.t("cc.overview.no_user")}</span>`}
      </div>
    </a>`}renderFilters(){let e=this.filter;return o`<input
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
            ${he.map(t=>o`<option value=${t} ?selected=${e.role===t}>
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
            ${this.entrances().map(t=>o`<option value=${t} ?selected=${e.entrance===t}>
                  ${t}
                </option>`)}
          </select>
        </div>
      </div>
      <div class="row">
        ${this.flag("noConsent","filter-no-consent",this.t("cc.overview.filter_no_consent"))}
        ${this.flag("noUser","filter-no-user",this.t("cc.overview.filter_no_user"))}
        ${this.flag("atLimit","filter-at-limit",this.t("cc.overview.filter_at_limit"))}
      </div>`}flag(e,t,r){return o`<label class="check" style="margin-inline-end: 16px">
      <input
        type="checkbox"
        data-test=${t}
        .checked=${this.filter[e]}
        @change=${i=>this.setFilter({[e]:i.target.checked})}
      />
      ${r}
    </label>`}render(){let e=this.data,t=this.error&&!this.adding?o`<p class="error" data-test="error" role="alert">${this.error}</p>`:d;if(!e)return o`${t}${this.error?d:o`<p class="empty">${this.t("cc.loading")}</p>`}`;let r=this.peopleFound(),i=r.slice(0,this.shown),a=r.length!==e.people.length;return o`${t}
      <div class="grid overview">
        <section class="card doors" aria-labelledby="doors-title">
          <div class="head">
            <h2 id="doors-title">${this.t("cc.overview.doors")}</h2>
            <span class="secondary count">${this.num(e.doors.length)}</span>
          </div>
          ${e.doors.length?o`<div class="list">${e.doors.map(l=>this.renderDoor(l))}</div>`:o`<p class="empty">${this.t("cc.overview.no_doors")}</p>`}
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
            ${a?this.tp("cc.overview.count_filtered",e.people.length,{count:this.num(r.length),total:this.num(e.people.length)}):this.tp("cc.overview.count",e.people.length)}
          </p>
          ${i.length?o`<div class="list">${i.map(l=>this.renderPerson(l))}</div>`:o`<p class="empty">
                ${e.people.length?this.t("cc.overview.no_match"):this.t("cc.overview.no_people")}
              </p>`}
          ${r.length>i.length?o`<div class="pager">
                <span class="secondary count">
                  ${this.t("cc.overview.showing",{shown:this.num(i.length),count:this.num(r.length)})}
                </span>
                <button
                  class="secondary-action"
                  data-test="people-more"
                  @click=${()=>this.shown+=ue}
                >
                  ${this.t("cc.overview.show_more",{count:this.num(Math.min(ue,r.length-i.length))})}
                </button>
              </div>`:d}
        </section>
      </div>
      ${this.adding?this.renderAdd(e):d}`}renderAdd(e){let t=new Map;for(let r of e.people)r.ha_user_id&&t.set(r.ha_user_id,r.name);return o`<dk-person-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.language}
      .users=${this.users}
      .linkedTo=${t}
      .entrances=${this.entrances()}
      .buildingLanguage=${e.settings?.language??""}
      @dk-close=${()=>this.adding=!1}
      @dk-saved=${r=>{this.adding=!1,this.toast(this.t("cc.person.added"));let i=r.detail?.person_id;i?this.navigate("person",i):this.load(!0)}}
    ></dk-person-dialog>`}};m("dk-overview-page",Re);var Ce=class extends g{static{this.properties={...g.properties,personId:{attribute:!1},personName:{attribute:!1},doors:{attribute:!1},pinMinLength:{attribute:!1},way:{state:!0},pin:{state:!0},tagUid:{state:!0},door:{state:!0},label:{state:!0},shownPin:{state:!0},copied:{state:!0}}}constructor(){super(),this.doors=[],this.pinMinLength=4,this.way="random",this.pin="",this.tagUid="",this.door="",this.label="",this.shownPin="",this.copied=!1}readers(){return this.doors.filter(n=>n.has_reader)}async save(){let n={person_id:this.personId};this.label.trim()&&(n.label=this.label.trim());let e,t=this.way;if(t==="pin"&&!/^\d+$/.test(this.pin)){this.error=this.t("cc.credential.pin_digits",{min:this.pinMinLength});return}if(t==="tag"&&!this.tagUid.trim()){this.error=this.t("cc.credential.tag_needed");return}let r=this.door||this.readers()[0]?.id||"";if(t==="learn"&&!r){this.error=this.t("cc.credential.no_reader");return}let i=await this.attempt(async()=>{t==="random"?e=await this.api.call("credentials/add",{...n,new_pin:!0}):t==="pin"?e=await this.api.call("credentials/add_pin",{...n,pin:this.pin}):t==="tag"?e=await this.api.call("credentials/add_tag",{...n,tag_uid:this.tagUid.trim()}):e=await this.api.call("credentials/add",{...n,learn_at_door:r})});if(this.pin="",!!i){if(e?.pin){this.shownPin=e.pin,this.dispatchEvent(new CustomEvent("dk-added",{detail:e}));return}this.saved(e)}}async copy(){try{await navigator.clipboard.writeText(this.shownPin),this.copied=!0}catch{this.error=this.t("cc.credential.copy_failed")}}choice(n,e,t,r=!1){return o`<label class="check">
      <input
        type="radio"
        name="way"
        data-test="credential-kind"
        value=${n}
        .checked=${this.way===n}
        ?disabled=${r}
        @change=${()=>{this.way=n,this.error=""}}
      />
      <span
        >${e}
        <div class="secondary">${t}</div></span
      >
    </label>`}renderShown(){return this.frame(this.t("cc.credential.pin_title",{name:this.personName}),o`<p>${this.t("cc.credential.pin_once")}</p>
        <div class="pin-once" data-test="credential-pin-shown">${this.shownPin}</div>
        ${this.copied?o`<p class="hint" role="status">${this.t("cc.copied")}</p>`:d}`,o`<button class="secondary-action" data-test="credential-copy" @click=${()=>this.copy()}>
          ${this.t("cc.copy")}
        </button>
        <button
          class="dialog-focus"
          data-test="credential-done"
          @click=${()=>{this.shownPin="",this.saved()}}
        >
          ${this.t("cc.done")}
        </button>`,"credential-dialog")}render(){if(this.shownPin)return this.renderShown();let n=this.readers(),e=this.busy&&this.way==="learn",t=n.find(r=>r.id===(this.door||n[0]?.id))?.name??"";return this.frame(this.t("cc.credential.title",{name:this.personName}),o`<div class="radio-list" role="radiogroup">
          ${this.choice("random",this.t("cc.credential.random"),this.t("cc.credential.random_hint"))}
          ${this.choice("pin",this.t("cc.credential.chosen"),this.t("cc.credential.chosen_hint",{min:this.pinMinLength}))}
          ${this.choice("tag",this.t("cc.credential.tag"),this.t("cc.credential.tag_hint"))}
          ${this.choice("learn",this.t("cc.credential.learn"),n.length?this.t("cc.credential.learn_hint"):this.t("cc.credential.no_reader"),!n.length)}
        </div>
        ${this.way==="pin"?o`<label for="pin">${this.t("cc.credential.pin")}</label>
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
        ${this.way==="tag"?o`<label for="uid">${this.t("cc.credential.uid")}</label>
              <input
                id="uid"
                data-test="credential-tag"
                autocomplete="off"
                spellcheck="false"
                placeholder="04A2 24B1 C35E 80"
                .value=${this.tagUid}
                @input=${r=>this.tagUid=r.target.value}
              />`:d}
        ${this.way==="learn"&&n.length?o`<label for="door">${this.t("cc.credential.door")}</label>
              <select
                id="door"
                data-test="credential-door"
                @change=${r=>this.door=r.target.value}
              >
                ${n.map(r=>o`<option value=${r.id} ?selected=${this.door===r.id}>
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
        ${e?o`<div class="busy" role="status" data-test="credential-learning">
              <span class="spinner"></span>
              <span>${this.t("cc.credential.present_now",{door:t})}</span>
            </div>`:d}`,o`${this.cancelButton()}
        <button data-test="credential-save" ?disabled=${this.busy} @click=${()=>this.save()}>
          ${this.way==="learn"?this.t("cc.credential.start_learning"):this.t("cc.credential.add")}
        </button>`,"credential-dialog")}};m("dk-credential-dialog",Ce);var He=class extends g{static{this.properties={...g.properties,grant:{attribute:!1},mayShare:{state:!0},shareLimit:{state:!0}}}willUpdate(n){super.willUpdate(n),n.has("grant")&&(this.mayShare=this.grant.may_share,this.shareLimit=String(this.grant.share_limit))}async save(){let n=Number(this.shareLimit.trim()||"0");await this.attempt(async()=>{await this.api.call("grants/sharing",{grant_ids:[this.grant.id],may_share:this.mayShare,share_limit:n})})&&this.saved()}render(){let n=this.grant.may_share&&!this.mayShare&&this.grant.shares_used>0;return this.frame(this.t("cc.sharing.title",{name:this.grant.name}),o`<label class="check">
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
        ${n?o`<p class="error" data-test="sharing-warning">
              ${this.tp("cc.sharing.off_revokes",this.grant.shares_used)}
            </p>`:o`<p class="hint">${this.t("cc.sharing.lower_keeps")}</p>`}`,o`${this.cancelButton()}
        <button data-test="sharing-save" ?disabled=${this.busy} @click=${()=>this.save()}>
          ${this.t("cc.save")}
        </button>`,"sharing-dialog")}},Ue=class extends g{static{this.properties={...g.properties,personId:{attribute:!1},personName:{attribute:!1},doors:{attribute:!1},bundles:{attribute:!1},chosen:{state:!0},reason:{state:!0},until:{state:!0}}}constructor(){super(),this.doors=[],this.bundles=[],this.chosen=new Set,this.reason="",this.until=Tt(24)}toggle(n,e){let t=new Set(this.chosen);e?t.add(n):t.delete(n),this.chosen=t}async save(){let n=[...this.chosen].filter(l=>l.startsWith("door:")).map(l=>l.slice(5)),e=[...this.chosen].filter(l=>l.startsWith("bundle:")).map(l=>l.slice(7));if(!n.length&&!e.length){this.error=this.t("cc.grant.choose_doors");return}if(!this.reason.trim()){this.error=this.t("cc.emergency.reason_needed");return}let t={person_id:this.personId,reason:this.reason.trim(),doors:n,bundle_ids:e},r=V(this.until);r&&(t.valid_until=r);let i;await this.attempt(async()=>{i=await this.api.call("emergency_keys/issue",t)})&&this.saved(i)}render(){return this.frame(this.t("cc.emergency.title",{name:this.personName}),o`<p class="hint">${this.t("cc.emergency.intro")}</p>
        <div class="checks" role="group" aria-label=${this.t("cc.grant.doors")}>
          ${this.doors.map(n=>o`<label class="inline">
                <input
                  type="checkbox"
                  data-test="emergency-doors"
                  data-id=${n.id}
                  .checked=${this.chosen.has(`door:${n.id}`)}
                  @change=${e=>this.toggle(`door:${n.id}`,e.target.checked)}
                />
                <span>${n.name}</span>
              </label>`)}
          ${this.bundles.map(n=>o`<label class="inline">
                <input
                  type="checkbox"
                  data-test="emergency-bundles"
                  data-id=${n.id}
                  .checked=${this.chosen.has(`bundle:${n.id}`)}
                  @change=${e=>this.toggle(`bundle:${n.id}`,e.target.checked)}
                />
                <span>${n.name}</span>
              </label>`)}
        </div>
        <label for="reason">${this.t("cc.emergency.reason")}</label>
        <input
          id="reason"
          data-test="emergency-reason"
          maxlength="200"
          .value=${this.reason}
          placeholder=${this.t("cc.emergency.reason_placeholder")}
          @input=${n=>this.reason=n.target.value}
        />
        <label for="until">${this.t("cc.emergency.until")}</label>
        <input
          id="until"
          type="datetime-local"
          data-test="emergency-until"
          .value=${this.until}
          @input=${n=>this.until=n.target.value}
        />
        ${this.until?d:o`<p class="hint">${this.t("cc.emergency.until_default")}</p>`}`,o`${this.cancelButton()}
        <button
          class="danger"
          data-test="emergency-save"
          ?disabled=${this.busy}
          @click=${()=>this.save()}
        >
          ${this.t("cc.emergency.issue")}
        </button>`,"emergency-dialog")}};m("dk-sharing-dialog",He);m("dk-emergency-dialog",Ue);var Me=class extends f{constructor(){super();this.loading=0;this.data=null,this.overview=null,this.users=null,this.error="",this.dialog=null,this.gone=!1}static{this.properties={...f.properties,personId:{attribute:!1},data:{state:!0},overview:{state:!0},users:{state:!0},error:{state:!0},dialog:{state:!0},gone:{state:!0}}}static{this.styles=[w,T]}willUpdate(e){super.willUpdate(e),(e.has("personId")||e.has("api")&&!this.data)&&(this.data=null,this.gone=!1,this.load(!1))}async load(e){if(!this.api||!this.personId||this.gone)return;let t=++this.loading;try{let[r,i]=await Promise.all([this.api.call("person/get",{person_id:this.personId}),this.api.call("overview/get")]);if(t!==this.loading)return;this.data=r,this.overview=i,this.error=""}catch(r){t===this.loading&&(this.error=this.refusal(r))}if(this.users===null)try{this.users=await pe(this.hass)}catch{this.users=[]}}open(e){this.error="",this.dialog=e}closed(e){this.dialog=null,e&&this.toast(e),this.load(!0)}confirm(e,t,r,i,a){this.open({kind:"confirm",heading:e,lines:t,yes:r,action:i,done:a})}removeGrant(e){let t=[this.t("cc.key.remove_text",{name:e.name,person:this.data?.person.name??""})];e.shares_used&&t.push(this.tp("cc.key.remove_shares",e.shares_used)),this.confirm(this.t("cc.key.remove_title"),t,this.t("cc.key.remove"),()=>this.api.call("grants/remove",{grant_ids:[e.id]}),()=>this.closed(this.t("cc.key.removed")))}blockCredential(e){this.confirm(e.kind==="pin"?this.t("cc.credential.block_pin_title"):this.t("cc.credential.block_tag_title"),[this.t("cc.credential.block_text"),this.t("cc.credential.block_keep")],this.t("cc.credential.block"),()=>this.api.call("credentials/block",{credential_id:e.credential_id}),()=>this.closed(this.t("cc.credential.blocked_toast")))}removeCredential(e){this.confirm(e.kind==="pin"?this.t("cc.credential.remove_pin_title"):this.t("cc.credential.remove_tag_title"),[this.t("cc.credential.remove_text")],this.t("cc.remove"),()=>this.api.call("credentials/remove",{credential_id:e.credential_id}),()=>this.closed(this.t("cc.credential.removed")))}revokeShare(e){this.confirm(this.t("cc.share.revoke_title"),[this.t("cc.share.revoke_text",{door:e.door_name??""})],this.t("cc.share.revoke"),()=>this.api.call("shares/revoke",{share_id:e.id}),()=>this.closed(this.t("cc.share.revoked")))}removePerson(){let e=this.data;if(!e)return;let t=e.person,r=e.shares.filter(i=>i.status==="active"||i.status==="not_yet_valid").length;this.confirm(this.t("cc.person.remove_title",{name:t.name}),[this.t("cc.person.remove_text",{keys:this.num(e.grants.length),credentials:this.num(e.credentials.length)}),r?this.tp("cc.person.remove_shares",r):this.t("cc.person.remove_no_shares"),this.t("cc.person.remove_log")],this.t("cc.person.remove"),()=>this.api.call("people/remove",{person_id:t.id}),()=>{this.gone=!0,this.dialog=null,this.toast(this.t("cc.person.removed",{name:t.name})),this.navigate("overview")})}erasePerson(){let e=this.data;if(!e)return;let t=e.person;this.confirm(this.t("cc.person.erase_title",{name:t.name}),[this.t("cc.person.erase_text"),this.t("cc.person.erase_log"),this.t("cc.person.erase_final")],this.t("cc.person.erase"),()=>this.api.call("people/erase",{person_id:t.id}),()=>{this.gone=!0,this.dialog=null,this.toast(this.t("cc.person.erased")),this.navigate("overview")})}async exportData(){let e=this.data?.person;if(e){this.error="";try{let t=await this.api.call("people/export",{person_id:e.id}),r=new Blob([JSON.stringify(t,null,2)],{type:"application/json"}),i=URL.createObjectURL(r),a=document.createElement("a"),l=new Date().toISOString().slice(0,10),c=e.name.replace(/[^\p{L}\p{N}]+/gu,"-").replace(/^-|-$/g,"")||"person";a.href=i,a.download=`digitalkey-${c}-${l}.json`,a.style.display="none",this.renderRoot.appendChild(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4),this.toast(this.t("cc.person.exported"))}catch(t){this.error=this.refusal(t)}}}userName(e){return e?this.users?.find(t=>t.id===e)?.name??this.t("cc.person.user_unknown"):this.t("cc.person.no_user")}renderDetails(e){let t=e.person,r=(i,a)=>o`<dt>${i}</dt>
        <dd>${a}</dd>`;return o`<section class="card" aria-labelledby="details">
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
        ${r(this.t("cc.person.role"),this.t(`cc.role.${t.role}`))}
        ${r(this.t("cc.person.phone"),t.phone??"—")}
        ${r(this.t("cc.person.email"),t.email??"—")}
        ${r(this.t("cc.person.dwelling"),t.dwelling??"—")}
        ${r(this.t("cc.person.entrance"),t.entrance??"—")}
        ${r(this.t("cc.person.language"),t.language?this.t(`cc.language.${t.language}`):"—")}
        ${r(this.t("cc.person.consent_short"),t.consent?this.t("cc.yes"):o`<span class="chip warn">${this.t("cc.no")}</span>`)}
        ${r(this.t("cc.person.user"),this.userName(t.ha_user_id))}
      </dl>
    </section>`}grantDoors(e){if(!e.bundle_id)return"";let t=W(this.overview?.doors??[],[]).doors;return e.door_ids.map(r=>t.get(r)??"").filter(Boolean).join(", ")}scheduleText(e){let t=e.schedule_text;return Array.isArray(t)?t.join("; "):t??""}renderGrant(e){let t=e.kind==="emergency",r=this.grantDoors(e),i=this.scheduleText(e),a=e.may_share&&e.shares_used>=e.share_limit;return o`<div class="entry" data-test="grant-row" data-id=${e.id}>
      <div class="entry-main">
        <div class="item-title">
          ${e.name}
          <span class="title-chips">
            ${t?o`<span class="chip bad">${this.t("cc.key.emergency")}</span>`:e.may_share?o`<span class="chip ${a?"warn":"ok"}" data-test="grant-sharing"
                    >${this.t("cc.key.sharing_used",{used:this.num(e.shares_used),limit:this.num(e.share_limit)})}</span
                  >`:o`<span class="chip" data-test="grant-sharing"
                    >${this.t("cc.key.no_sharing")}</span
                  >`}
          </span>
        </div>
        ${r?o`<div class="secondary">${this.t("cc.key.bundle_of",{doors:r})}</div>`:d}
        <div class="secondary">
          ${K((l,c)=>this.t(l,c),this.locale,e.valid_from,e.valid_until)} ·
          ${i||this.t("cc.schedule.any_time_short")}
        </div>
        ${t&&e.reason?o`<div class="secondary">${e.reason}</div>`:d}
      </div>
      <div class="entry-side">
        ${t?d:o`<button
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
    </div>`}renderKeys(e){return o`<section class="card" aria-labelledby="keys">
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
      ${e.grants.length?o`<div class="entries">${e.grants.map(t=>this.renderGrant(t))}</div>`:o`<p class="empty">${this.t("cc.person.no_keys")}</p>`}
    </section>`}renderCredential(e){let t=e.kind==="pin"?this.t("cc.credential.a_pin"):e.hint?this.t("cc.credential.a_tag_hint",{hint:e.hint}):this.t("cc.credential.a_tag");return o`<div class="entry" data-test="credential-row" data-id=${e.credential_id}>
      <div class="entry-main">
        <div class="item-title">
          ${t}
          <span class="title-chips">
            ${e.blocked_at?o`<span class="chip bad"
                  >${this.t("cc.credential.blocked_at",{time:$(this.locale,e.blocked_at)})}</span
                >`:o`<span class="chip ok">${this.t("cc.credential.active")}</span>`}
          </span>
        </div>
        <div class="secondary">
          ${[e.label,this.t("cc.credential.since",{time:$(this.locale,e.created_at)})].filter(Boolean).join(" · ")}
        </div>
      </div>
      <div class="entry-side">
        ${e.blocked_at?d:o`<button
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
    </div>`}renderCredentials(e){let t=e.credentials.filter(i=>!i.share_id),r=t.some(i=>i.kind==="pin"&&!i.blocked_at);return o`<section class="card" aria-labelledby="credentials">
      <div class="head">
        <h2 id="credentials">${this.t("cc.person.credentials")}</h2>
        <button data-test="credential-add" @click=${()=>this.open({kind:"credential"})}>
          ${this.t("cc.credential.open")}
        </button>
      </div>
      <p data-test="pin-set" data-set=${r?"true":"false"}>
        ${r?this.t("cc.credential.pin_set"):this.t("cc.credential.pin_not_set")}
      </p>
      ${t.length?o`<div class="entries">
            ${t.map(i=>this.renderCredential(i))}
          </div>`:o`<p class="empty">${this.t("cc.person.no_credentials")}</p>`}
    </section>`}renderShare(e){let t=e.use_limit===null?this.tp("cc.share.uses_n",e.uses,{uses:this.num(e.uses)}):this.t("cc.share.uses_of",{uses:this.num(e.uses),limit:this.num(e.use_limit)});return o`<div class="entry" data-test="person-share-row" data-id=${e.id}>
      <div class="entry-main">
        <div class="item-title">
          ${e.door_name??"—"}
          <span class="title-chips">${xt(this.language,e.status)}</span>
        </div>
        <div class="secondary">
          ${[_(this.language,"cc.share_kind",e.kind),e.label].filter(Boolean).join(" · ")}
        </div>
        <div class="secondary">
          ${K((r,i)=>this.t(r,i),this.locale,e.valid_from,e.valid_until)}
        </div>
        <div class="secondary count">
          ${e.last_used?`${t} · ${this.t("cc.share.last_used",{time:$(this.locale,e.last_used)})}`:t}
        </div>
      </div>
      <div class="entry-side">
        ${e.status==="active"||e.status==="not_yet_valid"?o`<button
              class="secondary-action"
              data-test="person-share-revoke"
              @click=${()=>this.revokeShare(e)}
            >
              ${this.t("cc.share.revoke")}
            </button>`:d}
      </div>
    </div>`}renderShares(e){return o`<section class="card" aria-labelledby="shares">
      <h2 id="shares">${this.t("cc.person.shares")}</h2>
      ${e.shares.length?o`<div class="entries">${e.shares.map(t=>this.renderShare(t))}</div>`:o`<p class="empty">${this.t("cc.person.no_shares")}</p>`}
    </section>`}renderDialog(e){let t=this.dialog;if(!t)return d;let r={hass:this.hass,api:this.api,language:this.language},i=this.overview,a=()=>this.dialog=null;switch(t.kind){case"edit":{let l=new Map;for(let h of i?.people??[])h.ha_user_id&&h.id!==e.person.id&&l.set(h.ha_user_id,h.name);let c=[...new Set((i?.people??[]).map(h=>h.entrance).filter(h=>!!h))].sort();return o`<dk-person-dialog
          .hass=${r.hass}
          .api=${r.api}
          .language=${r.language}
          .person=${e.person}
          .users=${this.users}
          .linkedTo=${l}
          .entrances=${c}
          .buildingLanguage=${i?.settings?.language??""}
          @dk-close=${a}
          @dk-saved=${()=>this.closed(this.t("cc.person.saved"))}
        ></dk-person-dialog>`}case"grant":case"edit-grant":return o`<dk-grant-dialog
          .hass=${r.hass}
          .api=${r.api}
          .language=${r.language}
          .mode=${t.kind==="grant"?"targets":"edit"}
          .grant=${t.kind==="edit-grant"?t.grant:null}
          .personId=${e.person.id}
          .doors=${i?.doors??[]}
          .bundles=${i?.bundles??[]}
          @dk-close=${a}
          @dk-saved=${()=>this.closed(t.kind==="grant"?this.t("cc.grant.added"):this.t("cc.key.saved"))}
        ></dk-grant-dialog>`;case"sharing":return o`<dk-sharing-dialog
          .hass=${r.hass}
          .api=${r.api}
          .language=${r.language}
          .grant=${t.grant}
          @dk-close=${a}
          @dk-saved=${()=>this.closed(this.t("cc.key.saved"))}
        ></dk-sharing-dialog>`;case"credential":return o`<dk-credential-dialog
          .hass=${r.hass}
          .api=${r.api}
          .language=${r.language}
          .personId=${e.person.id}
          .personName=${e.person.name}
          .doors=${i?.doors??[]}
          .pinMinLength=${i?.settings?.pin_min_length??4}
          @dk-added=${()=>this.load(!0)}
          @dk-close=${()=>this.closed()}
          @dk-saved=${()=>this.closed(this.t("cc.credential.added"))}
        ></dk-credential-dialog>`;case"emergency":return o`<dk-emergency-dialog
          .hass=${r.hass}
          .api=${r.api}
          .language=${r.language}
          .personId=${e.person.id}
          .personName=${e.person.name}
          .doors=${i?.doors??[]}
          .bundles=${i?.bundles??[]}
          @dk-close=${a}
          @dk-saved=${()=>this.closed(this.t("cc.emergency.issued"))}
        ></dk-emergency-dialog>`;case"confirm":return o`<dk-confirm-dialog
          .hass=${r.hass}
          .api=${r.api}
          .language=${r.language}
          .heading=${t.heading}
          .lines=${t.lines}
          .yesLabel=${t.yes}
          .action=${t.action}
          @dk-close=${a}
          @dk-saved=${l=>t.done(l.detail)}
        ></dk-confirm-dialog>`}}render(){let e=this.data,t=this.error&&!this.dialog?o`<p class="error" data-test="error" role="alert">${this.error}</p>`:d,r=o`<a
      class="back"
      data-test="back-overview"
      href=${this.href("overview")}
      @click=${l=>this.follow(l,"overview")}
      >← ${this.t("cc.nav.overview")}</a
    >`;if(!e)return o`${r}${t}${this.error?d:o`<p class="empty">${this.t("cc.loading")}</p>`}`;let i=e.person,a=W(this.overview?.doors??[],this.overview?.people??[]);return o`${r}
      <div class="head page-head">
        <div>
          <h1 class="page-title" data-test="person-title">${i.name}</h1>
          <div class="secondary">
            ${[this.t(`cc.role.${i.role}`),i.dwelling,i.entrance?this.t("cc.door.entrance_x",{entrance:i.entrance}):""].filter(Boolean).join(" · ")}
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
        ${se((l,c)=>this.t(l,c),this.language,this.locale,e.events,a,"door")}
      </section>
      ${this.renderDialog(e)}`}};m("dk-person-page",Me);var Nt=[{page:"overview",label:"cc.nav.overview",test:"nav-overview"},{page:"bundles",label:"cc.nav.bundles",test:"nav-bundles"},{page:"import",label:"cc.nav.import",test:"nav-import"},{page:"events",label:"cc.nav.events",test:"nav-events"},{page:"access",label:"cc.nav.access",test:"nav-access"}],Dt=new Set([...Nt.map(s=>s.page),"person","door"]),pn=300,un=6e3;function ze(s){let n=new URLSearchParams(s),e=n.get("page")??"overview",t=n.get("id")??"";return!Dt.has(e)||(e==="person"||e==="door")&&!t?{page:"overview",id:""}:{page:e,id:t}}function At(s){if(s.page==="overview")return location.pathname;let n=new URLSearchParams({page:s.page});return s.id&&n.set("id",s.id),`${location.pathname}?${n.toString()}`}var ge=class extends k{constructor(){super();this.onPopState=()=>{this.place=ze(location.search)};this.place=ze(location.search),this.revision=0,this.toastText="",this.textsLoaded=!1,this.addEventListener("dk-navigate",e=>this.onNavigate(e)),this.addEventListener("dk-toast",e=>this.showToast(e.detail?.message??""))}static{this.properties={hass:{attribute:!1},narrow:{type:Boolean},panel:{attribute:!1},place:{state:!0},revision:{state:!0},toastText:{state:!0},textsLoaded:{state:!0}}}static{this.styles=[w,x`
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
    `]}connectedCallback(){super.connectedCallback(),window.addEventListener("popstate",this.onPopState),this.place=ze(location.search),this.hass&&this.subscribe()}disconnectedCallback(){window.removeEventListener("popstate",this.onPopState),clearTimeout(this.reloadTimer),clearTimeout(this.toastTimer),this.unsubscribeNow(),super.disconnectedCallback()}willUpdate(e){if(!this.hass)return;let t=this.panel?.config?.entry_id;(this.api===void 0||t!==this.apiEntry)&&(this.api=new X(()=>this.hass,t),this.apiEntry=t,this.unsubscribeNow()),e.has("hass")&&!this.textsLoaded&&wt(this.hass).then(()=>this.textsLoaded=!0,()=>this.textsLoaded=!0),this.isConnected&&this.unsubscribe===void 0&&this.subscribe()}subscribe(){let e=this.api;!e||this.unsubscribe!==void 0||(this.unsubscribe=e.subscribe(()=>{clearTimeout(this.reloadTimer),this.reloadTimer=setTimeout(()=>this.revision+=1,pn)}).catch(()=>{}))}unsubscribeNow(){let e=this.unsubscribe;this.unsubscribe=void 0,e?.then(t=>t?.()).catch(()=>{})}onNavigate(e){e.stopPropagation();let t=e.detail?.page;if(!t||!Dt.has(t))return;let r={page:t,id:e.detail.id??""};r.page===this.place.page&&r.id===this.place.id||(history.pushState(null,"",At(r)),this.place=r,window.scrollTo({top:0}))}showToast(e){e&&(this.toastText=e,clearTimeout(this.toastTimer),this.toastTimer=setTimeout(()=>this.toastText="",un))}get language(){return Q(this.hass?.language)}tab(e){let t=e.page===this.place.page||e.page==="overview"&&(this.place.page==="person"||this.place.page==="door");return o`<a
      href=${At({page:e.page,id:""})}
      data-test=${e.test}
      aria-current=${t?"page":d}
      @click=${r=>{r.button!==0||r.metaKey||r.ctrlKey||r.shiftKey||(r.preventDefault(),this.onNavigate(new CustomEvent("dk-navigate",{detail:{page:e.page}})))}}
      >${v(this.language,e.label)}</a
    >`}renderPage(){let{hass:e,language:t,narrow:r,revision:i}=this,a=this.api,{page:l,id:c}=this.place;switch(l){case"person":return o`<dk-person-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${r}
          .revision=${i}
          .personId=${c}
        ></dk-person-page>`;case"door":return o`<dk-door-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${r}
          .revision=${i}
          .doorId=${c}
        ></dk-door-page>`;case"bundles":return o`<dk-bundles-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${r}
          .revision=${i}
        ></dk-bundles-page>`;case"import":return o`<dk-import-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${r}
          .revision=${i}
        ></dk-import-page>`;case"events":return o`<dk-events-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${r}
          .revision=${i}
        ></dk-events-page>`;case"access":return o`<dk-access-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${r}
          .revision=${i}
        ></dk-access-page>`;default:return o`<dk-overview-page
          .hass=${e}
          .api=${a}
          .language=${t}
          .narrow=${r}
          .revision=${i}
        ></dk-overview-page>`}}render(){if(!this.hass)return d;let e=this.language;return o`<header class="toolbar">
        ${this.narrow?o`<button
              class="menu-button"
              data-test="menu"
              aria-label=${v(e,"cc.menu")}
              @click=${()=>ft(this)}
            >
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                ${rt`<path fill="currentColor" d=${_t}></path>`}
              </svg>
            </button>`:d}
        <h1>${v(e,"cc.title")}</h1>
      </header>
      <nav class="tabs" aria-label=${v(e,"cc.nav.label")}>
        ${Nt.map(t=>this.tab(t))}
      </nav>
      <main class="content">${this.renderPage()}</main>
      ${this.toastText?o`<div
            class="toast"
            data-test="toast"
            role="status"
            @click=${()=>this.toastText=""}
          >
            ${this.toastText}
          </div>`:d}`}};var me=class extends k{static{this.properties={hass:{attribute:!1},narrow:{type:Boolean},panel:{attribute:!1}}}static{this.styles=x`
    :host {
      display: block;
      padding: 16px;
      color: var(--primary-text-color);
      background: var(--primary-background-color);
      min-height: 100vh;
      box-sizing: border-box;
    }
  `}render(){let n=Q(this.hass?.language);return o`<p>${v(n,"common.loading")}</p>`}};for(let[s,n]of[["digitalkey-control-center",ge],["digitalkey-my-keys",me]])customElements.get(s)||customElements.define(s,n);
