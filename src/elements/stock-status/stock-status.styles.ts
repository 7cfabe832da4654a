import { css } from 'lit';

export const stockStatusStyles = css`
  :host {
    display: block;
    /* Lines reserved before the answer arrives, so nothing below jumps. */
    min-height: calc(var(--bo-reserved-lines, 2) * 1em * var(--bo-line-height, 1.4));
    --_bo-state: var(--bo-color-neutral, #8c959f);
  }
  .line {
    display: flex;
    align-items: baseline;
    gap: var(--_bo-spacing);
  }
  .indicator {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_bo-state);
    transform: translateY(-0.05em);
    transition: background-color var(--_bo-duration);
  }
  .label {
    overflow-wrap: anywhere;
  }
  .message {
    display: block;
    margin-top: 0.15em;
    font-size: 0.9em;
    color: var(--_bo-muted);
    overflow-wrap: anywhere;
  }
  :host([state='loading']) .label {
    color: var(--_bo-muted);
  }
  :host([state='in-stock']) {
    --_bo-state: var(--bo-color-in-stock, #1a7f37);
  }
  :host([state='low-stock']) {
    --_bo-state: var(--bo-color-low-stock, #9a6700);
  }
  :host([state='backorder']),
  :host([state='preorder']) {
    --_bo-state: var(--bo-color-backorder, #0969da);
  }
  :host([state='out-of-stock']),
  :host([state='discontinued']) {
    --_bo-state: var(--bo-color-out-of-stock, #cf222e);
  }
  @media (forced-colors: active) {
    /* Backgrounds are overridden in forced colours; a border keeps the dot. */
    .indicator {
      background: none;
      border: 0.3em solid CanvasText;
    }
    :host([state='loading']) .indicator,
    :host([state='unknown']) .indicator,
    :host([state='error']) .indicator {
      border-width: 1px;
    }
  }
`;
