import { css } from 'lit';

export const stockStatusStyles = css`
  :host {
    display: block;
    font: var(--bo-font, inherit);
    line-height: var(--bo-line-height, 1.4);
    color: var(--bo-text-color, inherit);
    /* Lines reserved before the answer arrives, so nothing below jumps. */
    min-height: calc(var(--bo-reserved-lines, 1) * 1em * var(--bo-line-height, 1.4));
  }
  .line {
    display: flex;
    align-items: baseline;
    gap: var(--bo-spacing, 0.5em);
  }
  .indicator {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--bo-status-color, currentColor);
    transform: translateY(-0.05em);
  }
  .label {
    overflow-wrap: anywhere;
  }
  .message {
    display: block;
    margin-top: 0.15em;
    font-size: 0.9em;
    color: var(--bo-muted-color, #57606a);
    overflow-wrap: anywhere;
  }
  :host([state='loading']) .label {
    color: var(--bo-muted-color, #57606a);
  }
  :host([state='in-stock']) {
    --bo-status-color: var(--bo-color-in-stock, #1a7f37);
  }
  :host([state='low-stock']) {
    --bo-status-color: var(--bo-color-low-stock, #9a6700);
  }
  :host([state='backorder']),
  :host([state='preorder']) {
    --bo-status-color: var(--bo-color-backorder, #0969da);
  }
  :host([state='out-of-stock']),
  :host([state='discontinued']) {
    --bo-status-color: var(--bo-color-out-of-stock, #cf222e);
  }
  :host([state='loading']),
  :host([state='unknown']),
  :host([state='error']) {
    --bo-status-color: var(--bo-color-neutral, #8c959f);
  }
  @media (forced-colors: active) {
    .indicator {
      background: CanvasText;
    }
  }
`;
