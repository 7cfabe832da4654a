import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { ConfigAttributes } from '../../config/config-attributes.js';
import type { ConfigInput } from '../../config/config.js';
import { stockConfigContext } from '../../config/context.js';
import { mergeMessageOverrides } from '../../i18n/overrides.js';
import { baseStyles } from '../shared/backorder-element.js';
import { defineElement } from '../shared/define-element.js';
import { LitElement } from 'lit';

/**
 * Holds the configuration for every backorder element inside it, shared
 * through `@lit/context`. Renders its children only. A provider inside
 * another provider adds to (and overrides) the outer one's settings.
 *
 * ```html
 * <stock-provider endpoint="/api/availability" notify-endpoint="/api/notify" locale="sv-SE">
 *   <stock-status sku="TEE-RED-M"></stock-status>
 * </stock-provider>
 * ```
 *
 * @tagname stock-provider
 *
 * @slot - The page content that uses this configuration.
 */
export class StockProvider extends ConfigAttributes(LitElement) {
  static override get styles() {
    return [
      baseStyles,
      css`
        :host {
          display: contents;
        }
      `,
    ];
  }

  /** Registers the element as `tag`; does nothing if that tag is already defined. */
  static define(tag = 'stock-provider'): void {
    defineElement(tag, this);
  }

  readonly #outer = new ContextConsumer(this, {
    context: stockConfigContext,
    subscribe: true,
  });

  readonly #provider = new ContextProvider(this, { context: stockConfigContext });

  /** The configuration this provider hands down: the outer provider's, then its own on top. */
  get providedConfig(): ConfigInput {
    const own = this.attributeConfig;
    const merged: ConfigInput = { ...this.#outer.value };
    for (const [key, value] of Object.entries(own)) {
      if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    }
    merged.messages = mergeMessageOverrides(this.#outer.value?.messages, this.messages);
    return merged;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provider.setValue(this.providedConfig);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stock-provider': StockProvider;
  }
}
