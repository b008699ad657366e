import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '52360ea38ecf5b17eba0dee7f4b3c26ff682d0c3603ce88c6bce671d5f29a6a7') {
    pending.push(import('./chunks/chunk-64231ea3ff668f8e79b64d06ec81d4ef9304bf590d0cfe3237680bc5199913ce.js'));
  }
  if (key === '12b15b5151951c0287b32acba2f1bce7c02f1a307c46c2dc3037ea2a98c10d75') {
    pending.push(import('./chunks/chunk-496db84dc9121e89195b484143d51336fcb1e5bebc1b0cc0f817459c56deb68b.js'));
  }
  if (key === '7190fa56f830ec27766f6d850c66a5deb4443cd4775060967e71d654d84bf240') {
    pending.push(import('./chunks/chunk-08fc735803159c8661be5b0123b980a2efc227fe7c6f08aa15b08c99b6578be6.js'));
  }
  if (key === 'd5be22d0550ce3a23be25c14511f37b047f9bfa5934f183642840a88548c0626') {
    pending.push(import('./chunks/chunk-c0182d108a10582b951e2c3107f4a6863b99fa69959efb7d72ab5da34db51541.js'));
  }
  if (key === 'e8c24bf70c8bbb38f7273bb9527bf21d4159b744014506543537748636998b78') {
    pending.push(import('./chunks/chunk-64231ea3ff668f8e79b64d06ec81d4ef9304bf590d0cfe3237680bc5199913ce.js'));
  }
  if (key === 'cb4f4d8c4b0cc5731e0a6e776f3587e75deacbe1646c778db0a2e7752f30de16') {
    pending.push(import('./chunks/chunk-959ab26a81474f27b4f016b5d5f1c6ddf162406870ec1b2f0d43c61f883df818.js'));
  }
  if (key === '20dd1d02b6435bd3e918b34a35e9c0a4636658a95502c266d1e529665ef77840') {
    pending.push(import('./chunks/chunk-053f48b570bfb4263016e619f592f899f464d3d568674569f99ff168e9131de9.js'));
  }
  if (key === 'f08a035b3ad1cd0ff5882708a0b94456bdf271a28f1eb625b96ffdc2a4fd1d77') {
    pending.push(import('./chunks/chunk-b303d4ad125eb2564c6aeec59fb39178a56cf193671a70882ea28927e3ae0376.js'));
  }
  if (key === '4506aa45a355c309f428456866059e507edea81c6faada7aff74c0691bd87191') {
    pending.push(import('./chunks/chunk-bf9fd4ee317884e27daab490e2615c3fa80483a9363842a52a7aa320b3d80efb.js'));
  }
  if (key === '944c5edeba14f765bcfad8a8bc4d7a3854408dc58c648d780f82d8656f25a187') {
    pending.push(import('./chunks/chunk-64231ea3ff668f8e79b64d06ec81d4ef9304bf590d0cfe3237680bc5199913ce.js'));
  }
  if (key === '005c2989c207ef0da88b56370d13eaafad14ea0a0f17dd8f87b2e447e376fc8c') {
    pending.push(import('./chunks/chunk-5fedc1266e871d94ad8f5fb490dc66ad351c3c40f7c7f5de7863df603dee1b09.js'));
  }
  if (key === 'b7e86484175c8e3efee0c3b13363fe9e75c10d88d9e661c43ec8376687b0c7b2') {
    pending.push(import('./chunks/chunk-7881af417764afd402715c01bd4266702807afc107846fd293950315dd0d3984.js'));
  }
  if (key === '1a742be93597d4bcaee14d246d984c4a062d36c3fcfd6801ef37ee0d16a78807') {
    pending.push(import('./chunks/chunk-496db84dc9121e89195b484143d51336fcb1e5bebc1b0cc0f817459c56deb68b.js'));
  }
  if (key === 'db7be1b73575dc1d15b524c795b096f6a13f6696c51c43823e411c6deaab5233') {
    pending.push(import('./chunks/chunk-ab31530becfd0319634a42e72f2a691df1bb83e8f3f466322c369d930be73df4.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}