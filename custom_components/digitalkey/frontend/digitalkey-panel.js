var z=globalThis,O=z.ShadowRoot&&(z.ShadyCSS===void 0||z.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,se=Symbol(),fe=new WeakMap,L=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==se)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(O&&e===void 0){let s=t!==void 0&&t.length===1;s&&(e=fe.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&fe.set(t,e))}return e}toString(){return this.cssText}},be=n=>new L(typeof n=="string"?n:n+"",void 0,se),k=(n,...e)=>{let t=n.length===1?n[0]:e.reduce((s,r,i)=>s+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+n[i+1],n[0]);return new L(t,n,se)},ve=(n,e)=>{if(O)n.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let s=document.createElement("style"),r=z.litNonce;r!==void 0&&s.setAttribute("nonce",r),s.textContent=t.cssText,n.appendChild(s)}},ne=O?n=>n:n=>n instanceof CSSStyleSheet?(e=>{let t="";for(let s of e.cssRules)t+=s.cssText;return be(t)})(n):n;var{is:ft,defineProperty:bt,getOwnPropertyDescriptor:vt,getOwnPropertyNames:wt,getOwnPropertySymbols:$t,getPrototypeOf:xt}=Object,V=globalThis,we=V.trustedTypes,St=we?we.emptyScript:"",Et=V.reactiveElementPolyfillSupport,M=(n,e)=>n,re={toAttribute(n,e){switch(e){case Boolean:n=n?St:null;break;case Object:case Array:n=n==null?n:JSON.stringify(n)}return n},fromAttribute(n,e){let t=n;switch(e){case Boolean:t=n!==null;break;case Number:t=n===null?null:Number(n);break;case Object:case Array:try{t=JSON.parse(n)}catch{t=null}}return t}},xe=(n,e)=>!ft(n,e),$e={attribute:!0,type:String,converter:re,reflect:!1,useDefault:!1,hasChanged:xe};Symbol.metadata??=Symbol("metadata"),V.litPropertyMetadata??=new WeakMap;var m=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=$e){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let s=Symbol(),r=this.getPropertyDescriptor(e,s,t);r!==void 0&&bt(this.prototype,e,r)}}static getPropertyDescriptor(e,t,s){let{get:r,set:i}=vt(this.prototype,e)??{get(){return this[t]},set(o){this[t]=o}};return{get:r,set(o){let u=r?.call(this);i?.call(this,o),this.requestUpdate(e,u,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??$e}static _$Ei(){if(this.hasOwnProperty(M("elementProperties")))return;let e=xt(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(M("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(M("properties"))){let t=this.properties,s=[...wt(t),...$t(t)];for(let r of s)this.createProperty(r,t[r])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[s,r]of t)this.elementProperties.set(s,r)}this._$Eh=new Map;for(let[t,s]of this.elementProperties){let r=this._$Eu(t,s);r!==void 0&&this._$Eh.set(r,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let s=new Set(e.flat(1/0).reverse());for(let r of s)t.unshift(ne(r))}else e!==void 0&&t.push(ne(e));return t}static _$Eu(e,t){let s=t.attribute;return s===!1?void 0:typeof s=="string"?s:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ve(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){let s=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,s);if(r!==void 0&&s.reflect===!0){let i=(s.converter?.toAttribute!==void 0?s.converter:re).toAttribute(t,s.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let s=this.constructor,r=s._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let i=s.getPropertyOptions(r),o=typeof i.converter=="function"?{fromAttribute:i.converter}:i.converter?.fromAttribute!==void 0?i.converter:re;this._$Em=r;let u=o.fromAttribute(t,i.type);this[r]=u??this._$Ej?.get(r)??u,this._$Em=null}}requestUpdate(e,t,s,r=!1,i){if(e!==void 0){let o=this.constructor;if(r===!1&&(i=this[e]),s??=o.getPropertyOptions(e),!((s.hasChanged??xe)(i,t)||s.useDefault&&s.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(o._$Eu(e,s))))return;this.C(e,t,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:r,wrapped:i},o){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,o??t??this[e]),i!==!0||o!==void 0)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),r===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[r,i]of this._$Ep)this[r]=i;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[r,i]of s){let{wrapped:o}=i,u=this[r];o!==!0||this._$AL.has(r)||u===void 0||this.C(r,void 0,i,u)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(t)):this._$EM()}catch(s){throw e=!1,this._$EM(),s}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};m.elementStyles=[],m.shadowRootOptions={mode:"open"},m[M("elementProperties")]=new Map,m[M("finalized")]=new Map,Et?.({ReactiveElement:m}),(V.reactiveElementVersions??=[]).push("2.1.2");var he=globalThis,Se=n=>n,K=he.trustedTypes,Ee=K?K.createPolicy("lit-html",{createHTML:n=>n}):void 0,Le="$lit$",v=`lit$${Math.random().toFixed(9).slice(2)}$`,Me="?"+v,At=`<${Me}>`,x=document,R=()=>x.createComment(""),I=n=>n===null||typeof n!="object"&&typeof n!="function",ce=Array.isArray,Dt=n=>ce(n)||typeof n?.[Symbol.iterator]=="function",ie=`[ 	
\f\r]`,P=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ae=/-->/g,De=/>/g,w=RegExp(`>|${ie}(?:([^\\s"'>=/]+)(${ie}*=${ie}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Te=/'/g,Ce=/"/g,Pe=/^(?:script|style|textarea|title)$/i,pe=n=>(e,...t)=>({_$litType$:n,strings:e,values:t}),a=pe(1),f=pe(2),os=pe(3),S=Symbol.for("lit-noChange"),l=Symbol.for("lit-nothing"),Ne=new WeakMap,$=x.createTreeWalker(x,129);function Re(n,e){if(!ce(n)||!n.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ee!==void 0?Ee.createHTML(e):e}var Tt=(n,e)=>{let t=n.length-1,s=[],r,i=e===2?"<svg>":e===3?"<math>":"",o=P;for(let u=0;u<t;u++){let d=n[u],c,p,h=-1,g=0;for(;g<d.length&&(o.lastIndex=g,p=o.exec(d),p!==null);)g=o.lastIndex,o===P?p[1]==="!--"?o=Ae:p[1]!==void 0?o=De:p[2]!==void 0?(Pe.test(p[2])&&(r=RegExp("</"+p[2],"g")),o=w):p[3]!==void 0&&(o=w):o===w?p[0]===">"?(o=r??P,h=-1):p[1]===void 0?h=-2:(h=o.lastIndex-p[2].length,c=p[1],o=p[3]===void 0?w:p[3]==='"'?Ce:Te):o===Ce||o===Te?o=w:o===Ae||o===De?o=P:(o=w,r=void 0);let b=o===w&&n[u+1].startsWith("/>")?" ":"";i+=o===P?d+At:h>=0?(s.push(c),d.slice(0,h)+Le+d.slice(h)+v+b):d+v+(h===-2?u:b)}return[Re(n,i+(n[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),s]},j=class n{constructor({strings:e,_$litType$:t},s){let r;this.parts=[];let i=0,o=0,u=e.length-1,d=this.parts,[c,p]=Tt(e,t);if(this.el=n.createElement(c,s),$.currentNode=this.el.content,t===2||t===3){let h=this.el.content.firstChild;h.replaceWith(...h.childNodes)}for(;(r=$.nextNode())!==null&&d.length<u;){if(r.nodeType===1){if(r.hasAttributes())for(let h of r.getAttributeNames())if(h.endsWith(Le)){let g=p[o++],b=r.getAttribute(h).split(v),H=/([.?@])?(.*)/.exec(g);d.push({type:1,index:i,name:H[2],strings:b,ctor:H[1]==="."?ae:H[1]==="?"?le:H[1]==="@"?de:C}),r.removeAttribute(h)}else h.startsWith(v)&&(d.push({type:6,index:i}),r.removeAttribute(h));if(Pe.test(r.tagName)){let h=r.textContent.split(v),g=h.length-1;if(g>0){r.textContent=K?K.emptyScript:"";for(let b=0;b<g;b++)r.append(h[b],R()),$.nextNode(),d.push({type:2,index:++i});r.append(h[g],R())}}}else if(r.nodeType===8)if(r.data===Me)d.push({type:2,index:i});else{let h=-1;for(;(h=r.data.indexOf(v,h+1))!==-1;)d.push({type:7,index:i}),h+=v.length-1}i++}}static createElement(e,t){let s=x.createElement("template");return s.innerHTML=e,s}};function T(n,e,t=n,s){if(e===S)return e;let r=s!==void 0?t._$Co?.[s]:t._$Cl,i=I(e)?void 0:e._$litDirective$;return r?.constructor!==i&&(r?._$AO?.(!1),i===void 0?r=void 0:(r=new i(n),r._$AT(n,t,s)),s!==void 0?(t._$Co??=[])[s]=r:t._$Cl=r),r!==void 0&&(e=T(n,r._$AS(n,e.values),r,s)),e}var oe=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:s}=this._$AD,r=(e?.creationScope??x).importNode(t,!0);$.currentNode=r;let i=$.nextNode(),o=0,u=0,d=s[0];for(;d!==void 0;){if(o===d.index){let c;d.type===2?c=new U(i,i.nextSibling,this,e):d.type===1?c=new d.ctor(i,d.name,d.strings,this,e):d.type===6&&(c=new ue(i,this,e)),this._$AV.push(c),d=s[++u]}o!==d?.index&&(i=$.nextNode(),o++)}return $.currentNode=x,r}p(e){let t=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}},U=class n{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,r){this.type=2,this._$AH=l,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=T(this,e,t),I(e)?e===l||e==null||e===""?(this._$AH!==l&&this._$AR(),this._$AH=l):e!==this._$AH&&e!==S&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Dt(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==l&&I(this._$AH)?this._$AA.nextSibling.data=e:this.T(x.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:s}=e,r=typeof s=="number"?this._$AC(e):(s.el===void 0&&(s.el=j.createElement(Re(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===r)this._$AH.p(t);else{let i=new oe(r,this),o=i.u(this.options);i.p(t),this.T(o),this._$AH=i}}_$AC(e){let t=Ne.get(e.strings);return t===void 0&&Ne.set(e.strings,t=new j(e)),t}k(e){ce(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,s,r=0;for(let i of e)r===t.length?t.push(s=new n(this.O(R()),this.O(R()),this,this.options)):s=t[r],s._$AI(i),r++;r<t.length&&(this._$AR(s&&s._$AB.nextSibling,r),t.length=r)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let s=Se(e).nextSibling;Se(e).remove(),e=s}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},C=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,r,i){this.type=1,this._$AH=l,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=l}_$AI(e,t=this,s,r){let i=this.strings,o=!1;if(i===void 0)e=T(this,e,t,0),o=!I(e)||e!==this._$AH&&e!==S,o&&(this._$AH=e);else{let u=e,d,c;for(e=i[0],d=0;d<i.length-1;d++)c=T(this,u[s+d],t,d),c===S&&(c=this._$AH[d]),o||=!I(c)||c!==this._$AH[d],c===l?e=l:e!==l&&(e+=(c??"")+i[d+1]),this._$AH[d]=c}o&&!r&&this.j(e)}j(e){e===l?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},ae=class extends C{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===l?void 0:e}},le=class extends C{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==l)}},de=class extends C{constructor(e,t,s,r,i){super(e,t,s,r,i),this.type=5}_$AI(e,t=this){if((e=T(this,e,t,0)??l)===S)return;let s=this._$AH,r=e===l&&s!==l||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,i=e!==l&&(s===l||r);r&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},ue=class{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){T(this,e)}};var Ct=he.litHtmlPolyfillSupport;Ct?.(j,U),(he.litHtmlVersions??=[]).push("3.3.3");var Ie=(n,e,t)=>{let s=t?.renderBefore??e,r=s._$litPart$;if(r===void 0){let i=t?.renderBefore??null;s._$litPart$=r=new U(e.insertBefore(R(),i),i,void 0,t??{})}return r._$AI(n),r};var ke=globalThis,_=class extends m{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Ie(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return S}};_._$litElement$=!0,_.finalized=!0,ke.litElementHydrateSupport?.({LitElement:_});var Nt=ke.litElementPolyfillSupport;Nt?.({LitElement:_});(ke.litElementVersions??=[]).push("4.2.2");var je={"common.loading":"Indlæser …","common.error":"Noget gik galt: {message}"};var Ue={"common.loading":"Loading…","common.error":"Something went wrong: {message}"};var He={"common.loading":"Laster …","common.error":"Noe gikk galt: {message}"};var ze={"common.loading":"Laden…","common.error":"Er ging iets mis: {message}"};var Oe={};var Ve={};var Ke={};var Be={};var Ge={"keys.title":"Mine nøgler","keys.menu":"Menu","keys.retry":"Prøv igen","keys.doors":"Dine døre","keys.unlock":"Lås op","keys.lock":"Lås","keys.open":"Åbn","keys.busy_unlock":"Låser op …","keys.busy_lock":"Låser …","keys.busy_open":"Åbner …","keys.done_unlock":"{door} er låst op","keys.done_lock":"{door} er låst","keys.done_open":"{door} er åben","keys.state_locked":"Låst","keys.state_unlocked":"Ulåst","keys.state_locking":"Låser","keys.state_unlocking":"Låser op","keys.state_open":"Åben","keys.state_opening":"Åbner","keys.state_jammed":"Låsen sidder fast","keys.state_unavailable":"Ikke tilgængelig","keys.state_unknown":"Ukendt","keys.opens_now":"Din nøgle åbner denne dør nu","keys.opens_next":"Åbner {when}","keys.opens_never":"Din nøgle åbner ikke længere denne dør","keys.share":"Del nøgle","keys.empty_title":"Du har ingen nøgler endnu","keys.empty_ask":"Bed bestyrelsen eller viceværten om en nøgle til dørene i andelsboligforeningen. Når du har fået den, vises dine døre her.","keys.empty_neighbour":"En nabo kan også dele sin nøgle med dig: giv naboen din brugerkode nedenfor.","keys.receive":"Modtag en nøgle","keys.receive_hint":"En nabo, der deler en nøgle med din Home Assistant-bruger, skal bruge denne kode. Det er ikke en adgangskode; den siger kun, hvem du er.","keys.copy":"Kopiér","keys.copied":"Kopieret","keys.copied_code":"Din brugerkode er kopieret","keys.copy_failed":"Kunne ikke kopiere. Markér teksten, og kopiér den selv.","keys.my_shares":"Nøgler, du har delt","keys.shares_empty":"Du har ikke delt nogen nøgler.","keys.shares_none_current":"Ingen af de nøgler, du har delt, er i brug nu.","keys.shares_show_ended_one":"Vis {count} udløbet nøgle","keys.shares_show_ended_other":"Vis {count} udløbne nøgler","keys.shares_hide_ended":"Skjul udløbne nøgler","keys.kind_link":"Link","keys.kind_pin":"PIN-kode","keys.kind_user":"Home Assistant-bruger","keys.kind_link_hint":"Alle med linket kan åbne døren fra browseren på deres telefon, uden en konto.","keys.kind_pin_hint":"En kode, der tastes på dørens tastatur.","keys.kind_user_hint":"Nøglen vises under Mine nøgler hos den bruger.","keys.status_active":"Aktiv","keys.status_used_up":"Brugt op","keys.status_expired":"Udløbet","keys.status_revoked":"Tilbagekaldt","keys.status_not_yet_valid":"Ikke gyldig endnu","keys.uses_of":"Brugt {uses} af {limit} gange","keys.uses_none":"Ikke brugt endnu","keys.uses_one":"Brugt én gang","keys.uses_other":"Brugt {count} gange","keys.last_used":"sidst brugt {when}","keys.notifies":"du får besked, når den bruges","keys.window_until":"Gyldig til {until}","keys.window_from":"Gyldig fra {from}","keys.window_from_until":"Gyldig fra {from} til {until}","keys.window_open":"Gyldig, så længe din egen nøgle er","keys.revoked_at":"Tilbagekaldt {when}","keys.ended_at":"Udløb {when}","keys.revoke":"Tilbagekald","keys.revoke_title":"Tilbagekald denne nøgle?","keys.revoke_body":"{who} kan ikke længere åbne {door} med den nøgle, du delte.","keys.revoke_what_link":"Linket holder op med at virke med det samme, også hvis det er sendt videre.","keys.revoke_what_pin":"PIN-koden fjernes fra dørens tastatur og holder op med at virke.","keys.revoke_what_user":"Døren forsvinder fra Mine nøgler hos den bruger.","keys.revoked":"Nøglen til {who} er tilbagekaldt","keys.cancel":"Annullér","keys.done":"Færdig","keys.share_title":"Del {door}","keys.share_result_title":"{door} er delt","keys.shares_left_one":"Du kan dele denne dør {count} gang mere.","keys.shares_left_other":"Du kan dele denne dør {count} gange mere.","keys.shares_none_left_one":"Du har delt denne dør så mange gange, som din nøgle tillader ({count} ad gangen). Tilbagekald en delt nøgle først.","keys.shares_none_left_other":"Du har delt denne dør så mange gange, som din nøgle tillader ({count} ad gangen). Tilbagekald en delt nøgle først.","keys.share_kind":"Del som","keys.share_who":"Hvem er den til?","keys.share_who_placeholder":"Navn eller telefonnummer","keys.share_who_hint":"Kun du ser dette, i listen over nøgler, du har delt.","keys.share_user":"Deres brugerkode","keys.share_user_hint":"De finder den under deres egne Mine nøgler, under »Modtag en nøgle«.","keys.share_pin_random":"Lad hubben vælge en kode","keys.share_pin_chosen":"Vælg koden selv","keys.share_pin":"PIN-kode (4 til 8 cifre)","keys.share_pin_hint":"Undgå nemme koder som 1234 eller et årstal.","keys.share_until":"Gyldig til","keys.until_today":"I dag","keys.until_day":"24 timer","keys.until_week":"1 uge","keys.until_none":"Uden slut","keys.until_none_hint":"Gyldig, så længe din egen nøgle er, indtil du tilbagekalder den.","keys.share_later":"Starter senere","keys.share_from":"Gyldig fra","keys.share_uses":"Antal brug (valgfrit)","keys.share_uses_placeholder":"Ingen grænse","keys.share_language":"Sprog på gæstesiden","keys.share_language_building":"Foreningens sprog","keys.language_en":"English","keys.language_nb":"Norsk (bokmål)","keys.language_da":"Dansk","keys.language_nl":"Nederlands","keys.share_notify":"Giv mig besked, når den bruges","keys.share_create_link":"Opret link","keys.share_create_pin":"Opret PIN-kode","keys.share_create_user":"Del nøgle","keys.invalid_from":"Vælg, hvornår nøglen skal begynde at gælde.","keys.invalid_until":"Vælg, hvornår nøglen holder op med at gælde, eller vælg »Uden slut«.","keys.until_in_past":"Nøglen skal slutte, efter den begynder, og i fremtiden.","keys.invalid_uses":"Antal brug er et helt tal fra 1 til 1000, eller tomt for ingen grænse.","keys.user_needed":"Skriv brugerkoden på den, du deler med.","keys.pin_needed":"En PIN-kode har 4 til 8 cifre.","keys.result_link":"Send dette link til {who}. Det vises kun nu.","keys.result_pin":"Giv denne kode til {who}. Den vises kun nu.","keys.result_pin_chosen":"Den PIN-kode, du valgte, åbner nu døren.","keys.result_user":"{who} finder nu nøglen under Mine nøgler.","keys.result_link_anon":"Send dette link til din gæst. Det vises kun nu.","keys.result_pin_anon":"Giv denne kode til din gæst. Den vises kun nu.","keys.result_user_anon":"Brugeren finder nu nøglen under Mine nøgler.","keys.result_uses_one":"Den kan bruges én gang.","keys.result_uses_other":"Den kan bruges {count} gange.","keys.result_once":"Når du lukker dette, kan den ikke vises igen; tilbagekald den, og del igen, hvis den bliver væk.","keys.send":"Send","keys.send_link_text":"En nøgle til {door}. Åbn linket, når du står ved døren.","keys.send_pin_text":"Din kode til {door}: {pin}"};var We={"keys.title":"My keys","keys.menu":"Menu","keys.retry":"Try again","keys.doors":"Your doors","keys.unlock":"Unlock","keys.lock":"Lock","keys.open":"Open","keys.busy_unlock":"Unlocking…","keys.busy_lock":"Locking…","keys.busy_open":"Opening…","keys.done_unlock":"{door} is unlocked","keys.done_lock":"{door} is locked","keys.done_open":"{door} is open","keys.state_locked":"Locked","keys.state_unlocked":"Unlocked","keys.state_locking":"Locking","keys.state_unlocking":"Unlocking","keys.state_open":"Open","keys.state_opening":"Opening","keys.state_jammed":"Jammed","keys.state_unavailable":"Not reachable","keys.state_unknown":"Unknown","keys.opens_now":"Your key opens this door now","keys.opens_next":"Opens {when}","keys.opens_never":"Your key no longer opens this door","keys.share":"Share key","keys.empty_title":"You have no keys yet","keys.empty_ask":"Ask the board or the caretaker to give you a key to the doors of your building. Once they have, your doors show up here.","keys.empty_neighbour":"A neighbour can also share their key with you: give them your user code below.","keys.receive":"Receive a key","keys.receive_hint":"A neighbour who shares a key with your Home Assistant user needs this code. It is not a password; it only says who you are.","keys.copy":"Copy","keys.copied":"Copied","keys.copied_code":"Your user code is copied","keys.copy_failed":"Could not copy. Select the text and copy it yourself.","keys.my_shares":"Keys you shared","keys.shares_empty":"You have not shared any keys.","keys.shares_none_current":"None of the keys you shared is in use now.","keys.shares_show_ended_one":"Show {count} ended key","keys.shares_show_ended_other":"Show {count} ended keys","keys.shares_hide_ended":"Hide ended keys","keys.kind_link":"Link","keys.kind_pin":"PIN code","keys.kind_user":"Home Assistant user","keys.kind_link_hint":"Anyone with the link can open the door from their phone's browser, without an account.","keys.kind_pin_hint":"A code to type at the door's keypad.","keys.kind_user_hint":"The key appears in that user's My keys.","keys.status_active":"Active","keys.status_used_up":"Used up","keys.status_expired":"Expired","keys.status_revoked":"Revoked","keys.status_not_yet_valid":"Not yet valid","keys.uses_of":"Used {uses} of {limit} times","keys.uses_none":"Not used yet","keys.uses_one":"Used once","keys.uses_other":"Used {count} times","keys.last_used":"last used {when}","keys.notifies":"you are told when it is used","keys.window_until":"Valid until {until}","keys.window_from":"Valid from {from}","keys.window_from_until":"Valid from {from} until {until}","keys.window_open":"Valid as long as your own key","keys.revoked_at":"Revoked {when}","keys.ended_at":"Ended {when}","keys.revoke":"Revoke","keys.revoke_title":"Revoke this key?","keys.revoke_body":"{who} can no longer open {door} with the key you shared.","keys.revoke_what_link":"The link stops working at once, also if it has been passed on.","keys.revoke_what_pin":"The PIN code is removed from the door's keypad and stops working.","keys.revoke_what_user":"The door disappears from that user's My keys.","keys.revoked":"The key for {who} is revoked","keys.cancel":"Cancel","keys.done":"Done","keys.share_title":"Share {door}","keys.share_result_title":"{door} is shared","keys.shares_left_one":"You can share this door {count} more time.","keys.shares_left_other":"You can share this door {count} more times.","keys.shares_none_left_one":"You have shared this door as often as your key allows ({count} at a time). Revoke a shared key first.","keys.shares_none_left_other":"You have shared this door as often as your key allows ({count} at a time). Revoke a shared key first.","keys.share_kind":"Share as","keys.share_who":"Who is it for?","keys.share_who_placeholder":"Name or phone number","keys.share_who_hint":"Only you see this, in your list of shared keys.","keys.share_user":"Their user code","keys.share_user_hint":"They find it in their own My keys, under “Receive a key”.","keys.share_pin_random":"Let the hub pick a code","keys.share_pin_chosen":"Choose the code myself","keys.share_pin":"PIN code (4 to 8 digits)","keys.share_pin_hint":"Avoid easy codes such as 1234 or a year.","keys.share_until":"Valid until","keys.until_today":"Today","keys.until_day":"24 hours","keys.until_week":"1 week","keys.until_none":"No end","keys.until_none_hint":"Valid as long as your own key, until you revoke it.","keys.share_later":"Starts later","keys.share_from":"Valid from","keys.share_uses":"Number of uses (optional)","keys.share_uses_placeholder":"No limit","keys.share_language":"Language of the guest page","keys.share_language_building":"The building's language","keys.language_en":"English","keys.language_nb":"Norsk (bokmål)","keys.language_da":"Dansk","keys.language_nl":"Nederlands","keys.share_notify":"Tell me when it is used","keys.share_create_link":"Create link","keys.share_create_pin":"Create PIN code","keys.share_create_user":"Share key","keys.invalid_from":"Choose when the key starts.","keys.invalid_until":"Choose when the key ends, or pick “No end”.","keys.until_in_past":"The key must end after it starts, and in the future.","keys.invalid_uses":"The number of uses is a whole number from 1 to 1000, or empty for no limit.","keys.user_needed":"Enter the user code of the person you share with.","keys.pin_needed":"A PIN code is 4 to 8 digits.","keys.result_link":"Send this link to {who}. It is shown only now.","keys.result_pin":"Give this code to {who}. It is shown only now.","keys.result_pin_chosen":"The PIN code you chose now opens the door.","keys.result_user":"{who} now finds the key in their My keys.","keys.result_link_anon":"Send this link to your guest. It is shown only now.","keys.result_pin_anon":"Give this code to your guest. It is shown only now.","keys.result_user_anon":"The user now finds the key in their My keys.","keys.result_uses_one":"It can be used once.","keys.result_uses_other":"It can be used {count} times.","keys.result_once":"When you close this, it cannot be shown again; revoke it and share again if it gets lost.","keys.send":"Send","keys.send_link_text":"A key to {door}. Open the link when you are at the door.","keys.send_pin_text":"Your code for {door}: {pin}"};var Fe={"keys.title":"Mine nøkler","keys.menu":"Meny","keys.retry":"Prøv igjen","keys.doors":"Dørene dine","keys.unlock":"Lås opp","keys.lock":"Lås","keys.open":"Åpne","keys.busy_unlock":"Låser opp …","keys.busy_lock":"Låser …","keys.busy_open":"Åpner …","keys.done_unlock":"{door} er låst opp","keys.done_lock":"{door} er låst","keys.done_open":"{door} er åpen","keys.state_locked":"Låst","keys.state_unlocked":"Ulåst","keys.state_locking":"Låser","keys.state_unlocking":"Låser opp","keys.state_open":"Åpen","keys.state_opening":"Åpner","keys.state_jammed":"Låsen sitter fast","keys.state_unavailable":"Ikke tilgjengelig","keys.state_unknown":"Ukjent","keys.opens_now":"Nøkkelen din åpner denne døren nå","keys.opens_next":"Åpner {when}","keys.opens_never":"Nøkkelen din åpner ikke lenger denne døren","keys.share":"Del nøkkel","keys.empty_title":"Du har ingen nøkler ennå","keys.empty_ask":"Be styret eller vaktmesteren om en nøkkel til dørene i borettslaget eller sameiet. Når du har fått den, vises dørene dine her.","keys.empty_neighbour":"En nabo kan også dele nøkkelen sin med deg: gi naboen brukerkoden din nedenfor.","keys.receive":"Motta en nøkkel","keys.receive_hint":"En nabo som deler en nøkkel med Home Assistant-brukeren din, trenger denne koden. Det er ikke et passord; den sier bare hvem du er.","keys.copy":"Kopier","keys.copied":"Kopiert","keys.copied_code":"Brukerkoden din er kopiert","keys.copy_failed":"Kunne ikke kopiere. Merk teksten og kopier den selv.","keys.my_shares":"Nøkler du har delt","keys.shares_empty":"Du har ikke delt noen nøkler.","keys.shares_none_current":"Ingen av nøklene du har delt, er i bruk nå.","keys.shares_show_ended_one":"Vis {count} avsluttet nøkkel","keys.shares_show_ended_other":"Vis {count} avsluttede nøkler","keys.shares_hide_ended":"Skjul avsluttede nøkler","keys.kind_link":"Lenke","keys.kind_pin":"PIN-kode","keys.kind_user":"Home Assistant-bruker","keys.kind_link_hint":"Alle som har lenken, kan åpne døren fra nettleseren på mobilen, uten konto.","keys.kind_pin_hint":"En kode som tastes inn på dørens tastatur.","keys.kind_user_hint":"Nøkkelen vises under Mine nøkler hos den brukeren.","keys.status_active":"Aktiv","keys.status_used_up":"Brukt opp","keys.status_expired":"Utløpt","keys.status_revoked":"Trukket tilbake","keys.status_not_yet_valid":"Ikke gyldig ennå","keys.uses_of":"Brukt {uses} av {limit} ganger","keys.uses_none":"Ikke brukt ennå","keys.uses_one":"Brukt én gang","keys.uses_other":"Brukt {count} ganger","keys.last_used":"sist brukt {when}","keys.notifies":"du får beskjed når den brukes","keys.window_until":"Gyldig til {until}","keys.window_from":"Gyldig fra {from}","keys.window_from_until":"Gyldig fra {from} til {until}","keys.window_open":"Gyldig så lenge din egen nøkkel er det","keys.revoked_at":"Trukket tilbake {when}","keys.ended_at":"Utløp {when}","keys.revoke":"Trekk tilbake","keys.revoke_title":"Trekke tilbake denne nøkkelen?","keys.revoke_body":"{who} kan ikke lenger åpne {door} med nøkkelen du delte.","keys.revoke_what_link":"Lenken slutter å virke med en gang, også om den er sendt videre.","keys.revoke_what_pin":"PIN-koden fjernes fra dørens tastatur og slutter å virke.","keys.revoke_what_user":"Døren forsvinner fra Mine nøkler hos den brukeren.","keys.revoked":"Nøkkelen til {who} er trukket tilbake","keys.cancel":"Avbryt","keys.done":"Ferdig","keys.share_title":"Del {door}","keys.share_result_title":"{door} er delt","keys.shares_left_one":"Du kan dele denne døren {count} gang til.","keys.shares_left_other":"Du kan dele denne døren {count} ganger til.","keys.shares_none_left_one":"Du har delt denne døren så mange ganger som nøkkelen din tillater ({count} om gangen). Trekk tilbake en delt nøkkel først.","keys.shares_none_left_other":"Du har delt denne døren så mange ganger som nøkkelen din tillater ({count} om gangen). Trekk tilbake en delt nøkkel først.","keys.share_kind":"Del som","keys.share_who":"Hvem er den til?","keys.share_who_placeholder":"Navn eller telefonnummer","keys.share_who_hint":"Bare du ser dette, i listen over nøkler du har delt.","keys.share_user":"Brukerkoden deres","keys.share_user_hint":"De finner den under sine egne Mine nøkler, under «Motta en nøkkel».","keys.share_pin_random":"La huben velge en kode","keys.share_pin_chosen":"Velg koden selv","keys.share_pin":"PIN-kode (4 til 8 sifre)","keys.share_pin_hint":"Unngå enkle koder som 1234 eller et årstall.","keys.share_until":"Gyldig til","keys.until_today":"I dag","keys.until_day":"24 timer","keys.until_week":"1 uke","keys.until_none":"Uten slutt","keys.until_none_hint":"Gyldig så lenge din egen nøkkel er det, til du trekker den tilbake.","keys.share_later":"Starter senere","keys.share_from":"Gyldig fra","keys.share_uses":"Antall bruk (valgfritt)","keys.share_uses_placeholder":"Ingen grense","keys.share_language":"Språk på gjestesiden","keys.share_language_building":"Standardspråket","keys.language_en":"English","keys.language_nb":"Norsk (bokmål)","keys.language_da":"Dansk","keys.language_nl":"Nederlands","keys.share_notify":"Gi meg beskjed når den brukes","keys.share_create_link":"Lag lenke","keys.share_create_pin":"Lag PIN-kode","keys.share_create_user":"Del nøkkel","keys.invalid_from":"Velg når nøkkelen skal begynne å gjelde.","keys.invalid_until":"Velg når nøkkelen skal slutte å gjelde, eller velg «Uten slutt».","keys.until_in_past":"Nøkkelen må slutte etter at den begynner, og i fremtiden.","keys.invalid_uses":"Antall bruk er et helt tall fra 1 til 1000, eller tomt for ingen grense.","keys.user_needed":"Skriv inn brukerkoden til den du deler med.","keys.pin_needed":"En PIN-kode har 4 til 8 sifre.","keys.result_link":"Send denne lenken til {who}. Den vises bare nå.","keys.result_pin":"Gi denne koden til {who}. Den vises bare nå.","keys.result_pin_chosen":"PIN-koden du valgte, åpner nå døren.","keys.result_user":"{who} finner nå nøkkelen under Mine nøkler.","keys.result_link_anon":"Send denne lenken til gjesten din. Den vises bare nå.","keys.result_pin_anon":"Gi denne koden til gjesten din. Den vises bare nå.","keys.result_user_anon":"Brukeren finner nå nøkkelen under Mine nøkler.","keys.result_uses_one":"Den kan brukes én gang.","keys.result_uses_other":"Den kan brukes {count} ganger.","keys.result_once":"Når du lukker dette, kan den ikke vises igjen; trekk den tilbake og del på nytt om den blir borte.","keys.send":"Send","keys.send_link_text":"En nøkkel til {door}. Åpne lenken når du står ved døren.","keys.send_pin_text":"Koden din til {door}: {pin}"};var qe={"keys.title":"Mijn sleutels","keys.menu":"Menu","keys.retry":"Opnieuw proberen","keys.doors":"Je deuren","keys.unlock":"Ontgrendelen","keys.lock":"Vergrendelen","keys.open":"Openen","keys.busy_unlock":"Ontgrendelen…","keys.busy_lock":"Vergrendelen…","keys.busy_open":"Openen…","keys.done_unlock":"{door} is ontgrendeld","keys.done_lock":"{door} is vergrendeld","keys.done_open":"{door} is open","keys.state_locked":"Vergrendeld","keys.state_unlocked":"Ontgrendeld","keys.state_locking":"Bezig met vergrendelen","keys.state_unlocking":"Bezig met ontgrendelen","keys.state_open":"Open","keys.state_opening":"Bezig met openen","keys.state_jammed":"Klemt","keys.state_unavailable":"Niet bereikbaar","keys.state_unknown":"Onbekend","keys.opens_now":"Je sleutel opent deze deur nu","keys.opens_next":"Gaat open {when}","keys.opens_never":"Je sleutel opent deze deur niet meer","keys.share":"Sleutel delen","keys.empty_title":"Je hebt nog geen sleutels","keys.empty_ask":"Vraag het bestuur van de VvE of de beheerder om een sleutel voor de deuren van je gebouw. Zodra je die hebt, staan je deuren hier.","keys.empty_neighbour":"Een buur kan ook een sleutel met je delen: geef je buur je gebruikerscode hieronder.","keys.receive":"Een sleutel ontvangen","keys.receive_hint":"Een buur die een sleutel deelt met je Home Assistant-gebruiker, heeft deze code nodig. Het is geen wachtwoord; de code zegt alleen wie je bent.","keys.copy":"Kopiëren","keys.copied":"Gekopieerd","keys.copied_code":"Je gebruikerscode is gekopieerd","keys.copy_failed":"Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.","keys.my_shares":"Sleutels die je hebt gedeeld","keys.shares_empty":"Je hebt nog geen sleutels gedeeld.","keys.shares_none_current":"Geen van de sleutels die je hebt gedeeld, is nu in gebruik.","keys.shares_show_ended_one":"{count} beëindigde sleutel tonen","keys.shares_show_ended_other":"{count} beëindigde sleutels tonen","keys.shares_hide_ended":"Beëindigde sleutels verbergen","keys.kind_link":"Link","keys.kind_pin":"Pincode","keys.kind_user":"Home Assistant-gebruiker","keys.kind_link_hint":"Iedereen met de link kan de deur openen vanuit de browser op zijn telefoon, zonder account.","keys.kind_pin_hint":"Een code om in te toetsen op het toetsenbord van de deur.","keys.kind_user_hint":"De sleutel verschijnt bij die gebruiker onder Mijn sleutels.","keys.status_active":"Actief","keys.status_used_up":"Opgebruikt","keys.status_expired":"Verlopen","keys.status_revoked":"Ingetrokken","keys.status_not_yet_valid":"Nog niet geldig","keys.uses_of":"{uses} van {limit} keer gebruikt","keys.uses_none":"Nog niet gebruikt","keys.uses_one":"Eén keer gebruikt","keys.uses_other":"{count} keer gebruikt","keys.last_used":"laatst gebruikt {when}","keys.notifies":"je krijgt bericht als hij wordt gebruikt","keys.window_until":"Geldig tot {until}","keys.window_from":"Geldig vanaf {from}","keys.window_from_until":"Geldig van {from} tot {until}","keys.window_open":"Geldig zolang je eigen sleutel geldig is","keys.revoked_at":"Ingetrokken {when}","keys.ended_at":"Verlopen {when}","keys.revoke":"Intrekken","keys.revoke_title":"Deze sleutel intrekken?","keys.revoke_body":"{who} kan {door} niet meer openen met de sleutel die je hebt gedeeld.","keys.revoke_what_link":"De link werkt meteen niet meer, ook als hij is doorgestuurd.","keys.revoke_what_pin":"De pincode wordt van het toetsenbord van de deur verwijderd en werkt niet meer.","keys.revoke_what_user":"De deur verdwijnt bij die gebruiker uit Mijn sleutels.","keys.revoked":"De sleutel voor {who} is ingetrokken","keys.cancel":"Annuleren","keys.done":"Klaar","keys.share_title":"{door} delen","keys.share_result_title":"{door} is gedeeld","keys.shares_left_one":"Je kunt deze deur nog {count} keer delen.","keys.shares_left_other":"Je kunt deze deur nog {count} keer delen.","keys.shares_none_left_one":"Je hebt deze deur zo vaak gedeeld als je sleutel toestaat ({count} tegelijk). Trek eerst een gedeelde sleutel in.","keys.shares_none_left_other":"Je hebt deze deur zo vaak gedeeld als je sleutel toestaat ({count} tegelijk). Trek eerst een gedeelde sleutel in.","keys.share_kind":"Delen als","keys.share_who":"Voor wie is hij?","keys.share_who_placeholder":"Naam of telefoonnummer","keys.share_who_hint":"Alleen jij ziet dit, in je lijst met gedeelde sleutels.","keys.share_user":"Hun gebruikerscode","keys.share_user_hint":"Die staat bij hen onder Mijn sleutels, bij ‘Een sleutel ontvangen’.","keys.share_pin_random":"Laat de hub een code kiezen","keys.share_pin_chosen":"Zelf een code kiezen","keys.share_pin":"Pincode (4 tot 8 cijfers)","keys.share_pin_hint":"Vermijd makkelijke codes zoals 1234 of een jaartal.","keys.share_until":"Geldig tot","keys.until_today":"Vandaag","keys.until_day":"24 uur","keys.until_week":"1 week","keys.until_none":"Geen einde","keys.until_none_hint":"Geldig zolang je eigen sleutel geldig is, tot je hem intrekt.","keys.share_later":"Begint later","keys.share_from":"Geldig vanaf","keys.share_uses":"Aantal keer te gebruiken (optioneel)","keys.share_uses_placeholder":"Geen limiet","keys.share_language":"Taal van de gastpagina","keys.share_language_building":"De taal van het gebouw","keys.language_en":"English","keys.language_nb":"Norsk (bokmål)","keys.language_da":"Dansk","keys.language_nl":"Nederlands","keys.share_notify":"Laat me weten wanneer hij wordt gebruikt","keys.share_create_link":"Link maken","keys.share_create_pin":"Pincode maken","keys.share_create_user":"Sleutel delen","keys.invalid_from":"Kies wanneer de sleutel ingaat.","keys.invalid_until":"Kies wanneer de sleutel afloopt, of kies ‘Geen einde’.","keys.until_in_past":"De sleutel moet aflopen na de start, en in de toekomst.","keys.invalid_uses":"Het aantal keer is een heel getal van 1 tot 1000, of leeg voor geen limiet.","keys.user_needed":"Vul de gebruikerscode in van degene met wie je deelt.","keys.pin_needed":"Een pincode heeft 4 tot 8 cijfers.","keys.result_link":"Stuur deze link naar {who}. Hij wordt alleen nu getoond.","keys.result_pin":"Geef deze code aan {who}. Hij wordt alleen nu getoond.","keys.result_pin_chosen":"De pincode die je koos, opent nu de deur.","keys.result_user":"{who} vindt de sleutel nu onder Mijn sleutels.","keys.result_link_anon":"Stuur deze link naar je gast. Hij wordt alleen nu getoond.","keys.result_pin_anon":"Geef deze code aan je gast. Hij wordt alleen nu getoond.","keys.result_user_anon":"De gebruiker vindt de sleutel nu onder Mijn sleutels.","keys.result_uses_one":"Hij kan één keer worden gebruikt.","keys.result_uses_other":"Hij kan {count} keer worden gebruikt.","keys.result_once":"Als je dit sluit, kan hij niet opnieuw worden getoond; trek hem in en deel opnieuw als hij zoekraakt.","keys.send":"Versturen","keys.send_link_text":"Een sleutel voor {door}. Open de link als je bij de deur bent.","keys.send_pin_text":"Je code voor {door}: {pin}"};var Je={en:{...Ue,...Ve,...We},nb:{...He,...Ke,...Fe},da:{...je,...Oe,...Ge},nl:{...ze,...Be,...qe}};function B(n){let e=(n??"en").toLowerCase().split("-")[0]??"en";return e==="nb"||e==="no"||e==="nn"?"nb":e==="da"||e==="nl"?e:"en"}function y(n,e,t={}){return(Je[n][e]??Je.en[e]??e).replace(/\{(\w+)\}/g,(r,i)=>i in t?String(t[i]):r)}var G=class extends _{static{this.properties={hass:{attribute:!1},narrow:{type:Boolean},panel:{attribute:!1}}}static{this.styles=k`
    :host {
      display: block;
      padding: 16px;
      color: var(--primary-text-color);
      background: var(--primary-background-color);
      min-height: 100vh;
      box-sizing: border-box;
    }
  `}render(){let e=B(this.hass?.language);return a`<p>${y(e,"common.loading")}</p>`}};var W=k`
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
`,Ye="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z";function Ze(n){n.dispatchEvent(new Event("hass-toggle-menu",{bubbles:!0,composed:!0}))}var F=class{constructor(e,t){this.hass=e;this.entryId=t}call(e,t={}){let s={type:`digitalkey/${e}`,...t};return this.entryId!==void 0&&(s.entry_id=this.entryId),this.hass().callWS(s)}subscribe(e){let t={type:"digitalkey/subscribe"};return this.entryId!==void 0&&(t.entry_id=this.entryId),this.hass().connection.subscribeMessage(s=>e(s.changed),t)}},Xe;function Qe(n){return Xe??=n.loadBackendTranslation?.("exceptions","digitalkey")??Promise.resolve(),Xe}function N(n,e){let t=e;if(t?.translation_key&&t.translation_domain==="digitalkey"){let s=n.localize(`component.digitalkey.exceptions.${t.translation_key}.message`,t.translation_placeholders??{});if(s)return s}return typeof t?.message=="string"&&t.message?t.message:String(e)}async function q(n){try{if(navigator.clipboard?.writeText)return await navigator.clipboard.writeText(n),!0}catch{}let e=document.createElement("textarea");e.value=n,e.setAttribute("readonly",""),e.style.position="fixed",e.style.opacity="0",document.body.appendChild(e),e.select();let t=!1;try{t=document.execCommand("copy")}catch{t=!1}return e.remove(),t}function et(){return typeof navigator.share=="function"}async function ye(n){try{return await navigator.share(n),!0}catch{return!1}}function E(n,e=24){return f`<svg class="icon" viewBox="0 0 24 24" width=${e} height=${e} aria-hidden="true"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"
    >${n}</svg>`}var tt=n=>E(f`<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/>
    <path d="M12 14.5v2"/>`,n),st=n=>E(f`<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 7.7-1.5"/>
    <path d="M12 14.5v2"/>`,n),_e=n=>E(f`<path d="M6 21V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v17"/><path d="M3.5 21h17"/>
    <path d="M14.5 12.5h.01"/>`,n),J=n=>E(f`<circle cx="18" cy="5.5" r="2.5"/><circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="18.5" r="2.5"/>
    <path d="M8.2 10.8l7.6-4.1M8.2 13.2l7.6 4.1"/>`,n),nt=n=>E(f`<circle cx="7.5" cy="15.5" r="4"/><path d="M10.5 12.5 20 3M16.5 6.5l2.5 2.5M14 9l2 2"/>`,n),rt=n=>E(f`<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a1 1 0 0 1 1-1h9"/>`,n),it=n=>E(f`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,n);var Bt=new Set(["always","in_window","emergency","outside_schedule","use_limit_reached","admin","automation","unattributed_allowed"]),Gt=1;function at(n,e){if(n.status)return n.status;if(n.revoked_at)return"revoked";let t=e.getTime();return n.valid_until&&Date.parse(n.valid_until)<=t?"expired":Date.parse(n.valid_from)>t?"not_yet_valid":n.use_limit!==null&&n.uses>=n.use_limit?"used_up":"active"}function Y(n){return n==="active"||n==="not_yet_valid"||n==="used_up"}function lt(n){return n.opens_now||n.reasons.some(e=>Bt.has(e.code))}function dt(n){return typeof n.may_share=="boolean"?n.may_share:n.reasons.some(e=>e.key!==null&&(e.key.kind==="grant"||e.key.kind==="bundle"))}function ut(n,e){if(!e.entity_id)return!1;let t=n.states?.[e.entity_id]?.attributes.supported_features;return typeof t=="number"&&(t&Gt)!==0}function ht(n,e){return e.entity_id?n.states?.[e.entity_id]?.state:void 0}function ct(n){return n.reasons.find(e=>!e.opens)?.message||void 0}function ge(n,e){switch(n){case"today":{let t=new Date(e);return t.setHours(23,59,0,0),t}case"day":return new Date(e.getTime()+24*3600*1e3);case"week":return new Date(e.getTime()+168*3600*1e3)}}function Z(n){let e=t=>String(t).padStart(2,"0");return`${n.getFullYear()}-${e(n.getMonth()+1)}-${e(n.getDate())}T${e(n.getHours())}:${e(n.getMinutes())}`}function A(n,e,t){if(!e)return"";let s=new Date(e);if(Number.isNaN(s.getTime()))return e;let r=s.toLocaleTimeString(n,{hour:"2-digit",minute:"2-digit"}),i=Math.round((ot(s)-ot(t))/(24*3600*1e3));return i===0||i===1?`${new Intl.RelativeTimeFormat(n,{numeric:"auto"}).format(i,"day")} ${r}`:i>1&&i<7?s.toLocaleString(n,{weekday:"long",hour:"2-digit",minute:"2-digit"}):s.toLocaleString(n,{dateStyle:"medium",timeStyle:"short"})}function ot(n){return new Date(n.getFullYear(),n.getMonth(),n.getDate()).getTime()}function pt(n){let e=window.location.origin;return n.startsWith("/")&&e&&e!=="null"?`${e}${n}`:n}var Wt=new Set(["locked","unlocked","locking","unlocking","open","opening","jammed","unavailable","unknown"]),Ft={locked:"ok",unlocked:"warn",open:"warn",jammed:"bad",unavailable:"bad"};function kt(n,e){let t=(u,d={})=>y(e.language,u,d),s=ht(e.hass,n),r=e.busy!==void 0,i=ut(e.hass,n),o=(u,d,c,p,h,g)=>a`<button type="button" class="big ${h?"":"secondary-action"}" data-test=${d}
      ?disabled=${r||!g} aria-busy=${e.busy===u?"true":"false"}
      @click=${()=>e.operate(n,u)}>
      ${e.busy===u?a`<span class="spinner" aria-hidden="true"></span>`:p}
      ${e.busy===u?t(`keys.busy_${u}`):c}
    </button>`;return a`
    <article class="card door" data-test="door-card" data-id=${n.door_id}
      data-opens=${n.opens_now?"true":"false"} aria-busy=${r?"true":"false"}>
      <header class="door-head">
        <span class="door-icon ${n.opens_now?"open":""}">${_e(26)}</span>
        <h2>${n.door_name}</h2>
        ${s?a`<span class="chip ${Ft[s]??""}" data-test="door-state">
              ${Wt.has(s)?t(`keys.state_${s}`):s}
            </span>`:l}
      </header>
      ${qt(n,e,t)}
      <div class="door-actions ${i?"three":""}">
        ${o("unlock","door-open",t("keys.unlock"),st(20),!0,n.opens_now)}
        ${o("lock","door-lock",t("keys.lock"),tt(20),!1,lt(n))}
        ${i?o("open","door-unlatch",t("keys.open"),_e(20),!1,n.opens_now):l}
      </div>
      ${e.error?a`<p class="error door-error" role="alert" data-test="error">${e.error}</p>`:l}
      ${e.sharing&&dt(n)?a`<div class="door-share">
            <button type="button" class="share-button" data-test="share-open"
              @click=${()=>e.share(n)}>
              ${J(20)} ${t("keys.share")}
            </button>
          </div>`:l}
    </article>
  `}function qt(n,e,t){if(n.opens_now)return a`<p class="door-when ok">${t("keys.opens_now")}</p>`;let s=ct(n);return a`
    <p class="door-when closed" data-test="door-next">
      ${it(18)}
      <span>${n.opens_next?t("keys.opens_next",{when:A(e.locale,n.opens_next,e.now)}):t("keys.opens_never")}</span>
    </p>
    ${s?a`<p class="secondary door-reason">${s}</p>`:l}
  `}var yt=k`
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
`;var X=class{constructor(e){this.api=e}myKeys(){return this.api.call("my_keys/list")}operate(e,t){return this.api.call("my_keys/operate",{door:e,action:t})}myShares(){return this.api.call("shares/list")}share(e,t,s){let r={...e,kind:t};return t==="user"&&(r.user_id=s),this.api.call("shares/add",r)}sharePin(e,t){return this.api.call("shares/add_pin",{...e,pin:t})}revoke(e){return this.api.call("shares/revoke",{share_id:e})}};var Q=k`
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
`;function D(n,e,t,s,r={}){let i=new Intl.PluralRules(n).select(s)==="one"?"one":"other";return y(n,`${t}_${i}`,{...r,count:s.toLocaleString(e)})}var Jt={link:"link",pin:"pin",ha_user:"user"},Yt=["en","nb","da","nl"],me=class extends _{static{this.properties={hass:{attribute:!1},api:{attribute:!1},door:{attribute:!1},language:{attribute:!1},locale:{attribute:!1},_kind:{state:!0},_who:{state:!0},_userId:{state:!0},_pinChosen:{state:!0},_pin:{state:!0},_until:{state:!0},_untilValue:{state:!0},_startLater:{state:!0},_fromValue:{state:!0},_uses:{state:!0},_notify:{state:!0},_guestLanguage:{state:!0},_busy:{state:!0},_error:{state:!0},_result:{state:!0},_copied:{state:!0}}}constructor(){super(),this._kind="link",this._who="",this._userId="",this._pinChosen=!1,this._pin="",this._until="day",this._untilValue=Z(ge("day",new Date)),this._startLater=!1,this._fromValue="",this._uses="",this._notify=!1,this._guestLanguage="",this._busy=!1,this._error=void 0,this._result=void 0,this._copied=!1}static{this.styles=[W,Q,k`
      :host {
        display: contents;
        min-height: 0;
      }
      .kinds {
        margin-bottom: 4px;
      }
      .hint {
        font-size: 13px;
        color: var(--secondary-text-color);
        margin: 4px 0 0;
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
    `]}t(e,t={}){return y(this.language,e,t)}firstUpdated(e){super.firstUpdated(e),this.renderRoot.querySelector("[data-test=share-kind]")?.focus()}render(){let e=this._result?this.t("keys.share_result_title",{door:this.door.door_name}):this.t("keys.share_title",{door:this.door.door_name});return a`
      <div class="dialog-backdrop sheet" @click=${this.backdropClick}>
        <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="share-title"
          @keydown=${this.keydown}>
          <h2 id="share-title">${e}</h2>
          ${this._result?this.renderResult(this._result):this.renderForm()}
        </div>
      </div>
    `}renderForm(){let e=this.door,t=e.has_keypad!==!1,s=e.shares_left,r=typeof s=="number"&&s<=0;return a`
      ${typeof s=="number"?a`<p class="left ${r?"none":""}" data-test="shares-left">
            ${r?D(this.language,this.locale,"keys.shares_none_left",e.share_limit??0):D(this.language,this.locale,"keys.shares_left",s)}
          </p>`:l}
      <form @submit=${this.submit} novalidate>
        <label for="kind">${this.t("keys.share_kind")}</label>
        <select id="kind" class="kinds" data-test="share-kind" .value=${this._kind}
          @change=${i=>this._kind=i.target.value}>
          <option value="link" ?selected=${this._kind==="link"}>${this.t("keys.kind_link")}</option>
          ${t?a`<option value="pin" ?selected=${this._kind==="pin"}>${this.t("keys.kind_pin")}</option>`:l}
          <option value="ha_user" ?selected=${this._kind==="ha_user"}>${this.t("keys.kind_user")}</option>
        </select>
        <p class="hint">${this.t(`keys.kind_${this._kind==="ha_user"?"user":this._kind}_hint`)}</p>

        <label for="who">${this.t("keys.share_who")}</label>
        <input id="who" data-test="share-who" maxlength="200" autocomplete="off"
          placeholder=${this.t("keys.share_who_placeholder")} .value=${this._who}
          @input=${i=>this._who=i.target.value} />
        <p class="hint">${this.t("keys.share_who_hint")}</p>

        ${this._kind==="ha_user"?this.renderUserField():l}
        ${this._kind==="pin"?this.renderPinFields():l}
        ${this.renderWindow()}

        <label for="uses">${this.t("keys.share_uses")}</label>
        <input id="uses" data-test="share-uses" type="number" inputmode="numeric" min="1" max="1000"
          step="1" placeholder=${this.t("keys.share_uses_placeholder")} .value=${this._uses}
          @input=${i=>this._uses=i.target.value} />

        ${this._kind==="link"?this.renderGuestLanguage():l}

        <div class="checks">
          <label class="inline">
            <input type="checkbox" data-test="share-notify" .checked=${this._notify}
              @change=${i=>this._notify=i.target.checked} />
            ${this.t("keys.share_notify")}
          </label>
        </div>

        ${this._error?a`<p class="error" role="alert" data-test="error">${this._error}</p>`:l}
        <div class="actions">
          <button type="button" class="secondary-action big" @click=${this.close}>
            ${this.t("keys.cancel")}
          </button>
          <button type="submit" class="big" data-test="share-create" ?disabled=${this._busy||r}>
            ${this._busy?a`<span class="spinner" aria-hidden="true"></span>`:l}
            ${this.t(this._kind==="pin"?"keys.share_create_pin":this._kind==="link"?"keys.share_create_link":"keys.share_create_user")}
          </button>
        </div>
      </form>
    `}renderUserField(){return a`
      <label for="user">${this.t("keys.share_user")}</label>
      <input id="user" data-test="share-user" autocomplete="off" autocapitalize="off"
        spellcheck="false" .value=${this._userId}
        @input=${e=>this._userId=e.target.value.trim()} />
      <p class="hint">${this.t("keys.share_user_hint")}</p>
    `}renderPinFields(){return a`
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
      ${this._pinChosen?a`<label for="pin">${this.t("keys.share_pin")}</label>
            <input id="pin" data-test="share-pin" inputmode="numeric" autocomplete="off"
              maxlength="8" pattern="[0-9]*" .value=${this._pin}
              @input=${e=>{let t=e.target;this._pin=t.value.replace(/\D/g,""),t.value=this._pin}} />
            <p class="hint">${this.t("keys.share_pin_hint")}</p>`:l}
    `}renderWindow(){let e=[["today","keys.until_today"],["day","keys.until_day"],["week","keys.until_week"],["none","keys.until_none"]];return a`
      <label for="until">${this.t("keys.share_until")}</label>
      <div class="quick" role="group" aria-label=${this.t("keys.share_until")}>
        ${e.map(([t,s])=>a`<button type="button" data-test="share-until-${t}"
            aria-pressed=${this._until===t?"true":"false"}
            @click=${()=>this.chooseUntil(t)}>${this.t(s)}</button>`)}
      </div>
      ${this._until==="none"?a`<p class="hint">${this.t("keys.until_none_hint")}</p>`:a`<input id="until" data-test="share-until" type="datetime-local"
            .value=${this._untilValue}
            @input=${t=>{this._untilValue=t.target.value,this._until="custom"}} />`}
      <div class="checks">
        <label class="inline">
          <input type="checkbox" data-test="share-later" .checked=${this._startLater}
            @change=${t=>{this._startLater=t.target.checked,this._startLater&&!this._fromValue&&(this._fromValue=Z(new Date))}} />
          ${this.t("keys.share_later")}
        </label>
      </div>
      ${this._startLater?a`<label for="from">${this.t("keys.share_from")}</label>
            <input id="from" data-test="share-from" type="datetime-local" .value=${this._fromValue}
              @input=${t=>this._fromValue=t.target.value} />`:l}
    `}renderGuestLanguage(){return a`
      <label for="guest-language">${this.t("keys.share_language")}</label>
      <select id="guest-language" data-test="share-language" .value=${this._guestLanguage}
        @change=${e=>this._guestLanguage=e.target.value}>
        <option value="" ?selected=${this._guestLanguage===""}>${this.t("keys.share_language_building")}</option>
        ${Yt.map(e=>a`<option value=${e} ?selected=${this._guestLanguage===e}>
            ${this.t(`keys.language_${e}`)}</option>`)}
      </select>
    `}renderResult(e){let t=e.share,s=t.label?.trim(),r=u=>s?this.t(u,{who:s}):this.t(`${u}_anon`),i=this.windowText(t),o=this.secretOf(e);return a`
      <div data-test="share-result">
        ${e.kind==="link"&&o?a`<p class="once">${r("keys.result_link")}</p>
              <div class="url" data-test="share-url">${o}</div>`:l}
        ${e.kind==="pin"&&o?a`<p class="once">${r("keys.result_pin")}</p>
              <div class="pin" data-test="share-pin-shown" aria-label=${o.split("").join(" ")}>${o}</div>`:l}
        ${e.kind==="pin"&&!o?a`<p>${this.t("keys.result_pin_chosen")}</p>`:l}
        ${e.kind==="ha_user"?a`<p>${r("keys.result_user")}</p>`:l}
        ${o?this.renderHandOn(e,o):l}
        <p class="secondary">${i}</p>
        ${t.use_limit?a`<p class="secondary">${D(this.language,this.locale,"keys.result_uses",t.use_limit)}</p>`:l}
        ${o&&e.kind!=="ha_user"?a`<p class="secondary">${this.t("keys.result_once")}</p>`:l}
        ${t.url_note?a`<p class="note">${t.url_note}</p>`:l}
        ${t.notify_note?a`<p class="note">${t.notify_note}</p>`:l}
      </div>
      <div class="actions">
        <button type="button" class="big" data-test="share-done" @click=${this.close}>
          ${this.t("keys.done")}
        </button>
      </div>
    `}renderHandOn(e,t){return a`
      <div class="result-actions">
        <button type="button" class="big secondary-action" data-test="share-copy" @click=${()=>this.copy(t)}>
          ${rt(20)} ${this._copied?this.t("keys.copied"):this.t("keys.copy")}
        </button>
        ${et()?a`<button type="button" class="big" data-test="share-send" @click=${()=>this.send(e,t)}>
              ${J(20)} ${this.t("keys.send")}
            </button>`:l}
      </div>
    `}secretOf(e){return e.share.url?pt(e.share.url):e.share.pin??e.chosenPin}windowText(e){let t=new Date,s=Date.parse(e.valid_from)>t.getTime()+6e4?A(this.locale,e.valid_from,t):void 0,r=e.valid_until?A(this.locale,e.valid_until,t):void 0;return s&&r?this.t("keys.window_from_until",{from:s,until:r}):s?this.t("keys.window_from",{from:s}):r?this.t("keys.window_until",{until:r}):this.t("keys.window_open")}chooseUntil(e){this._until=e,e!=="none"&&e!=="custom"&&(this._untilValue=Z(ge(e,new Date)))}terms(){let e={door:this.door.door_id,notify_on_use:this._notify},t=this._who.trim();t&&(e.label=t);let s;if(this._startLater&&this._fromValue){if(s=new Date(this._fromValue),Number.isNaN(s.getTime()))return this.t("keys.invalid_from");s.getTime()>Date.now()&&(e.valid_from=s.toISOString())}if(this._until!=="none"){let r=new Date(this._untilValue);if(!this._untilValue||Number.isNaN(r.getTime()))return this.t("keys.invalid_until");if(r.getTime()<=Math.max(Date.now(),s?.getTime()??0))return this.t("keys.until_in_past");e.valid_until=r.toISOString()}if(this._uses.trim()){let r=Number(this._uses);if(!Number.isInteger(r)||r<1||r>1e3)return this.t("keys.invalid_uses");e.use_limit=r}return this._kind==="ha_user"&&!this._userId?this.t("keys.user_needed"):this._kind==="pin"&&this._pinChosen&&!/^\d{4,8}$/.test(this._pin)?this.t("keys.pin_needed"):e}async submit(e){if(e.preventDefault(),this._busy)return;let t=this.terms();if(typeof t=="string"){this._error=t;return}this._busy=!0,this._error=void 0;let s=this._kind;try{let r,i;if(s==="pin"&&this._pinChosen)i=this._pin,r=await this.api.sharePin(t,i);else{let o=s==="link"&&this._guestLanguage?{...t,language:this._guestLanguage}:t;r=await this.api.share(o,Jt[s],this._userId)}this._pin="",this._result=i===void 0?{share:r,kind:s}:{share:r,kind:s,chosenPin:i},this.dispatchEvent(new CustomEvent("share-created",{detail:r}))}catch(r){this._error=N(this.hass,r)}finally{this._busy=!1}}async copy(e){this._copied=await q(e),this._copied||(this._error=this.t("keys.copy_failed"))}async send(e,t){let s=this.door.door_name;e.kind==="link"?await ye({title:s,text:this.t("keys.send_link_text",{door:s}),url:t}):await ye({title:s,text:this.t("keys.send_pin_text",{door:s,pin:t})})}backdropClick(e){e.target===e.currentTarget&&!this._result&&!this._busy&&this.close()}keydown(e){e.key==="Escape"&&!this._busy&&this.close()}close(){this._result=void 0,this.dispatchEvent(new CustomEvent("share-closed"))}};customElements.get("digitalkey-share-dialog")||customElements.define("digitalkey-share-dialog",me);var Zt={active:"ok",not_yet_valid:"",used_up:"warn",expired:"",revoked:"bad"};function ee(n,e){return e.label||y(n,`keys.kind_${e.kind}`)}function gt(n,e){let t=(o,u={})=>y(e.language,o,u),s=n.map(o=>({share:o,status:at(o,e.now)})).sort((o,u)=>Date.parse(u.share.valid_from)-Date.parse(o.share.valid_from)),r=s.filter(o=>Y(o.status)),i=s.filter(o=>!Y(o.status));return s.length===0?a`<p class="empty" data-test="shares-empty">${t("keys.shares_empty")}</p>`:a`
    ${r.length===0?a`<p class="empty">${t("keys.shares_none_current")}</p>`:a`<ul class="shares">${r.map(o=>_t(o.share,o.status,e))}</ul>`}
    ${i.length>0?a`<button type="button" class="secondary-action ended-toggle" data-test="shares-ended"
            aria-expanded=${e.showEnded?"true":"false"} @click=${e.toggleEnded}>
            ${e.showEnded?t("keys.shares_hide_ended"):D(e.language,e.locale,"keys.shares_show_ended",i.length)}
          </button>
          ${e.showEnded?a`<ul class="shares ended">${i.map(o=>_t(o.share,o.status,e))}</ul>`:l}`:l}
  `}function _t(n,e,t){let s=(o,u={})=>y(t.language,o,u),r=o=>A(t.locale,o,t.now),i=n.use_limit?s("keys.uses_of",{uses:n.uses.toLocaleString(t.locale),limit:n.use_limit.toLocaleString(t.locale)}):n.uses===0?s("keys.uses_none"):D(t.language,t.locale,"keys.uses",n.uses);return a`
    <li class="share" data-test="share-row" data-id=${n.share_id} data-status=${e}>
      <div class="share-main">
        <div class="share-title">
          <strong>${ee(t.language,n)}</strong>
          <span class="chip ${Zt[e]}" data-test="share-status">${s(`keys.status_${e}`)}</span>
        </div>
        <div class="secondary">
          ${n.door_name??n.door_id} · ${s(`keys.kind_${n.kind}`)}
        </div>
        <div class="secondary">${Xt(n,e,s,r)}</div>
        <div class="secondary">
          ${i}${n.last_used?a` · ${s("keys.last_used",{when:r(n.last_used)})}`:l}
          ${n.notify_on_use?a` · ${s("keys.notifies")}`:l}
        </div>
      </div>
      ${Y(e)?a`<button type="button" class="secondary-action revoke" data-test="share-revoke"
            @click=${()=>t.revoke(n)}>${s("keys.revoke")}</button>`:l}
    </li>
  `}function Xt(n,e,t,s){return e==="revoked"?t("keys.revoked_at",{when:s(n.revoked_at)}):e==="expired"?t("keys.ended_at",{when:s(n.valid_until)}):e==="not_yet_valid"?n.valid_until?t("keys.window_from_until",{from:s(n.valid_from),until:s(n.valid_until)}):t("keys.window_from",{from:s(n.valid_from)}):n.valid_until?t("keys.window_until",{until:s(n.valid_until)}):t("keys.window_open")}var mt=k`
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
`;var Qt=300,es=4e3,ts=900*1e3,te=class extends _{constructor(){super();this._loadSequence=0;this._onVisible=()=>{document.visibilityState==="visible"&&this.scheduleRefresh()};this.narrow=!1,this._sharing=!0,this._busy={},this._revokeBusy=!1,this._showEnded=!1,this._now=new Date}static{this.properties={hass:{attribute:!1},narrow:{type:Boolean},panel:{attribute:!1},_doors:{state:!0},_shares:{state:!0},_sharing:{state:!0},_loadError:{state:!0},_busy:{state:!0},_doorError:{state:!0},_error:{state:!0},_toast:{state:!0},_shareDoor:{state:!0},_revoking:{state:!0},_revokeBusy:{state:!0},_showEnded:{state:!0},_now:{state:!0}}}static{this.styles=[W,Q,yt,mt,k`
      .content {
        padding-bottom: 96px;
      }
      .section-title {
        font-size: 14px;
        font-weight: 500;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        color: var(--secondary-text-color);
        margin: 24px 4px 10px;
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
    `]}get language(){return B(this.hass?.language)}get locale(){return this.hass?.locale?.language||this.hass?.language||"en"}t(t,s={}){return y(this.language,t,s)}connectedCallback(){super.connectedCallback(),document.addEventListener("visibilitychange",this._onVisible),this.hass&&this._api&&(this.subscribe(),this.scheduleRefresh())}disconnectedCallback(){super.disconnectedCallback(),document.removeEventListener("visibilitychange",this._onVisible),this.unsubscribe(),window.clearTimeout(this._refreshTimer),window.clearTimeout(this._clockTimer),window.clearTimeout(this._toastTimer)}willUpdate(t){super.willUpdate(t),this.hass&&!this._api&&(this._ws=new F(()=>this.hass,this.panel?.config?.entry_id),this._api=new X(this._ws),Qe(this.hass).then(()=>this.requestUpdate()),this.load(),this.isConnected&&this.subscribe())}updated(t){super.updated(t),t.has("hass")&&(this.style.colorScheme=this.hass?.themes?.darkMode?"dark":"light")}subscribe(){if(this._unsubscribe||!this._ws)return;let t=this._ws.subscribe(()=>this.scheduleRefresh());this._unsubscribe=t,t.catch(()=>{this._unsubscribe===t&&(this._unsubscribe=void 0)})}unsubscribe(){let t=this._unsubscribe;this._unsubscribe=void 0,t?.then(s=>s()).catch(()=>{})}scheduleRefresh(){window.clearTimeout(this._refreshTimer),this._refreshTimer=window.setTimeout(()=>{this.load()},Qt)}async load(){let t=this._api;if(!t)return;let s=++this._loadSequence,r=t.myShares().then(i=>({shares:i.shares,sharing:!0}),i=>{if(i?.translation_key==="no_person")return{shares:[],sharing:!1};throw i});try{let[i,o]=await Promise.all([t.myKeys(),r]);if(s!==this._loadSequence)return;this._doors=i.doors,this._shares=o.shares,this._sharing=o.sharing,this._loadError=void 0,this._now=new Date,this.scheduleClock()}catch(i){if(s!==this._loadSequence)return;this._loadError=N(this.hass,i)}}scheduleClock(){window.clearTimeout(this._clockTimer);let t=Date.now(),s=[...(this._doors??[]).map(i=>i.opens_next),...(this._shares??[]).flatMap(i=>[i.valid_from,i.valid_until])].map(i=>i?Date.parse(i):NaN).filter(i=>i>t),r=Math.min(ts,...s.map(i=>i-t+1e3));this._clockTimer=window.setTimeout(()=>{this.load()},r)}showToast(t){this._toast=t,window.clearTimeout(this._toastTimer),this._toastTimer=window.setTimeout(()=>this._toast=void 0,es)}async operate(t,s){if(!(!this._api||this._busy[t.door_id])){this._busy={...this._busy,[t.door_id]:s},this._doorError?.door===t.door_id&&(this._doorError=void 0);try{await this._api.operate(t.door_id,s),this.showToast(this.t(`keys.done_${s}`,{door:t.door_name}))}catch(r){this._doorError={door:t.door_id,text:N(this.hass,r)}}finally{let{[t.door_id]:r,...i}=this._busy;this._busy=i,this.scheduleRefresh()}}}async revoke(){let t=this._revoking;if(!(!t||!this._api)){this._revokeBusy=!0,this._error=void 0;try{await this._api.revoke(t.share_id),this._revoking=void 0,this.showToast(this.t("keys.revoked",{who:ee(this.language,t)})),await this.load()}catch(s){this._error=N(this.hass,s)}finally{this._revokeBusy=!1}}}render(){return a`
      <div class="toolbar">
        ${this.narrow?a`<button class="menu-button" aria-label=${this.t("keys.menu")}
              @click=${()=>Ze(this)}>
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                <path fill="currentColor" d=${Ye}></path>
              </svg>
            </button>`:l}
        <h1>${this.t("keys.title")}</h1>
      </div>
      <main class="content">${this.renderContent()}</main>
      ${this._shareDoor&&this._api?a`<digitalkey-share-dialog .hass=${this.hass} .api=${this._api} .door=${this._shareDoor}
            .language=${this.language} .locale=${this.locale}
            @share-created=${t=>this.shareCreated(t.detail)}
            @share-closed=${()=>this._shareDoor=void 0}></digitalkey-share-dialog>`:l}
      ${this._revoking?this.renderRevokeConfirm(this._revoking):l}
      ${this._toast&&!this._shareDoor&&!this._revoking?a`<div class="toast" role="status" data-test="toast">${this._toast}</div>`:l}
    `}renderContent(){if(this._loadError&&this._doors===void 0)return a`<div class="card banner">
        <p class="error" role="alert" data-test="error">${this._loadError}</p>
        <button type="button" @click=${()=>this.load()}>${this.t("keys.retry")}</button>
      </div>`;if(this._doors===void 0)return a`<p class="loading">${y(this.language,"common.loading")}</p>`;let t=this._error&&!this._revoking&&!this._shareDoor;return a`
      ${t?a`<p class="error" role="alert" data-test="error">${this._error}</p>`:l}
      ${this._doors.length===0?this.renderWelcome():this.renderDoors(this._doors)}
      ${this._sharing&&this._shares&&(this._shares.length>0||this._doors.length>0)?a`<h2 class="section-title">${this.t("keys.my_shares")}</h2>
            <section class="card">
              ${gt(this._shares,{language:this.language,locale:this.locale,now:this._now,showEnded:this._showEnded,toggleEnded:()=>this._showEnded=!this._showEnded,revoke:s=>{this._error=void 0,this._revoking=s}})}
            </section>`:l}
      ${this.renderReceive()}
    `}renderDoors(t){return a`
      <h2 class="section-title">${this.t("keys.doors")}</h2>
      <div class="doors">
        ${t.map(s=>kt(s,{hass:this.hass,language:this.language,locale:this.locale,now:this._now,busy:this._busy[s.door_id],error:this._doorError?.door===s.door_id?this._doorError.text:void 0,sharing:this._sharing,operate:(r,i)=>{this.operate(r,i)},share:r=>{this._error=void 0,this._shareDoor=r}}))}
      </div>
    `}renderWelcome(){return a`
      <section class="card welcome" data-test="keys-empty">
        <span class="big-icon">${nt(36)}</span>
        <h2>${this.t("keys.empty_title")}</h2>
        <p>${this.t("keys.empty_ask")}</p>
        <p>${this.t("keys.empty_neighbour")}</p>
      </section>
    `}renderReceive(){let t=this.hass?.user?.id;return t?a`
      <h2 class="section-title">${this.t("keys.receive")}</h2>
      <section class="card">
        <p class="secondary receive-hint">${this.t("keys.receive_hint")}</p>
        <div class="receive">
          <code data-test="my-user-code">${t}</code>
          <button type="button" class="secondary-action" @click=${()=>this.copyUserCode(t)}>
            ${this.t("keys.copy")}
          </button>
        </div>
      </section>
    `:l}async copyUserCode(t){this.showToast(this.t(await q(t)?"keys.copied_code":"keys.copy_failed"))}renderRevokeConfirm(t){let s=ee(this.language,t),r=t.door_name??t.door_id;return a`
      <div class="dialog-backdrop sheet"
        @click=${i=>{i.target===i.currentTarget&&!this._revokeBusy&&(this._revoking=void 0)}}>
        <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="revoke-title"
          @keydown=${i=>{i.key==="Escape"&&!this._revokeBusy&&(this._revoking=void 0)}}>
          <h2 id="revoke-title">${this.t("keys.revoke_title")}</h2>
          <p>${this.t("keys.revoke_body",{who:s,door:r})}</p>
          <p class="secondary">${this.t(`keys.revoke_what_${t.kind}`)}</p>
          ${this._error?a`<p class="error" role="alert" data-test="error">${this._error}</p>`:l}
          <div class="actions">
            <button type="button" class="secondary-action big" ?disabled=${this._revokeBusy}
              @click=${()=>this._revoking=void 0}>${this.t("keys.cancel")}</button>
            <button type="button" class="danger big" data-test="confirm-yes" ?disabled=${this._revokeBusy}
              @click=${()=>{this.revoke()}}>
              ${this._revokeBusy?a`<span class="spinner" aria-hidden="true"></span>`:l}
              ${this.t("keys.revoke")}
            </button>
          </div>
        </div>
      </div>
    `}shareCreated(t){this.load()}};for(let[n,e]of[["digitalkey-control-center",G],["digitalkey-my-keys",te]])customElements.get(n)||customElements.define(n,e);
