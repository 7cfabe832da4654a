// Vue 3, with a template compiled in the browser and the one option Vue
// needs: which tags are custom elements.
import { createApp, ref } from 'vue';
import 'backorder-elements/stock-provider.js';
import 'backorder-elements/stock-status.js';
import 'backorder-elements/backorder-option.js';
import 'backorder-elements/notify-me-form.js';
import { on } from './shared.js';

const notify = (id) => `<notify-me-form id="${id}" sku="OUT" always
  @notify-submit="on('notify-submit')($event)" @notify-success="on('notify-success')($event)"
  @notify-error="on('notify-error')($event)"></notify-me-form>`;

const app = createApp({
  setup: () => ({ choice: ref(''), on }),
  template: `
    <stock-provider endpoint="/api/availability" notify-endpoint="/api/notify">
      <stock-status sku="IN" @stock-change="on('stock-change')($event)"></stock-status>
      <form id="order">
        <backorder-option name="choice" sku="LOW" :quantity="3" :disabled="false" v-model="choice"
          @backorder-change="on('backorder-change')($event)" @change="on('change')($event)"
          @input="on('input')($event)"></backorder-option>
      </form>
      <output id="model">{{ choice }}</output>
      <notify-me-form id="hidden" sku="IN" :always="false"></notify-me-form>
      ${notify('ok')}
      ${notify('bad')}
    </stock-provider>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
app.mount('#root');
