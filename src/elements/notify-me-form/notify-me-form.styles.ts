import { css } from 'lit';

export const notifyMeFormStyles = css`
  :host {
    display: block;
    font: var(--bo-font, inherit);
    line-height: var(--bo-line-height, 1.4);
    color: var(--bo-text-color, inherit);
  }
  form {
    display: grid;
    gap: var(--bo-spacing, 0.5em);
    margin: 0;
  }
  .title {
    margin: 0;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bo-spacing, 0.5em);
  }
  .row .field {
    flex: 1 1 14em;
  }
  input[type='email'],
  input[type='number'] {
    font: inherit;
    color: inherit;
    padding: 0.45em 0.6em;
    border: 1px solid var(--bo-border-color, #8c959f);
    border-radius: var(--bo-radius, 0.375em);
    background: var(--bo-input-background, Field);
    min-width: 0;
  }
  input[type='number'] {
    width: 6em;
  }
  input[aria-invalid='true'] {
    border-color: var(--bo-color-error, #cf222e);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .check input {
    margin: 0.2em 0 0;
    accent-color: var(--bo-accent-color, #0969da);
  }
  button {
    font: inherit;
    align-self: end;
    justify-self: start;
    padding: 0.45em 1em;
    border: 1px solid transparent;
    border-radius: var(--bo-radius, 0.375em);
    background: var(--bo-accent-color, #0969da);
    color: var(--bo-accent-text-color, #fff);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--bo-accent-color, #0969da);
    border-color: currentColor;
  }
  button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }
  :focus-visible {
    outline: 2px solid var(--bo-focus-color, #0969da);
    outline-offset: 2px;
  }
  .error {
    margin: 0;
    color: var(--bo-color-error, #cf222e);
    font-size: 0.9em;
  }
  .message {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* The live region stays in the page even when empty, or it would not be announced. */
  form + .message:not(:empty),
  .unavailable + .message:not(:empty) {
    margin-top: var(--bo-spacing, 0.5em);
  }
  .message + button {
    margin-top: var(--bo-spacing, 0.5em);
  }
  .message[data-tone='error'] {
    color: var(--bo-color-error, #cf222e);
  }
  .message[data-tone='success'] {
    color: var(--bo-color-success, #1a7f37);
  }
  /* Off-screen, not display:none: bots fill what they think people see. */
  .trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
