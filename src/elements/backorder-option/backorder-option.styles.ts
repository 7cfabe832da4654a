import { css } from 'lit';

export const backorderOptionStyles = css`
  :host {
    display: block;
    font: var(--bo-font, inherit);
    line-height: var(--bo-line-height, 1.4);
    color: var(--bo-text-color, inherit);
  }
  fieldset {
    margin: 0;
    padding: var(--bo-padding, 0.75em 1em);
    border: 1px solid var(--bo-border-color, #d0d7de);
    border-radius: var(--bo-radius, 6px);
    background: var(--bo-background, transparent);
    min-width: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .reason,
  .note {
    margin: 0.25em 0 0.5em;
    font-size: 0.9em;
    color: var(--bo-muted-color, #57606a);
  }
  .reason {
    color: var(--bo-text-color, inherit);
  }
  .options {
    display: grid;
    gap: calc(var(--bo-spacing, 0.5em) / 2);
  }
  .option {
    display: flex;
    align-items: baseline;
    gap: var(--bo-spacing, 0.5em);
    padding: 0.35em 0.5em;
    border-radius: var(--bo-radius, 6px);
    cursor: pointer;
  }
  .option:has(input:checked) {
    background: var(--bo-option-checked-background, rgba(9, 105, 218, 0.08));
  }
  input {
    flex: none;
    margin: 0;
    accent-color: var(--bo-accent-color, #0969da);
    transform: translateY(0.1em);
  }
  fieldset:disabled .option {
    cursor: default;
    opacity: 0.6;
  }
  .note:empty {
    display: none;
  }
  .options + .note {
    margin: 0.5em 0 0;
  }
  .notify {
    margin-top: 0.5em;
  }
  .notify a {
    color: var(--bo-link-color, #0969da);
  }
  .error {
    margin: 0;
    font-size: 0.9em;
    color: var(--bo-muted-color, #57606a);
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 1px solid CanvasText;
    }
  }
`;
