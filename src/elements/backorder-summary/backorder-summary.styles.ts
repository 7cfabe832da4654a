import { css } from 'lit';

export const backorderSummaryStyles = css`
  :host {
    display: block;
  }
  .base {
    padding: calc(var(--_bo-spacing) * 1.5) calc(var(--_bo-spacing) * 2);
    border: 1px solid var(--_bo-border);
    border-radius: var(--_bo-radius);
    background: var(--_bo-surface);
  }
  p {
    margin: 0;
  }
  .title,
  .when {
    font-weight: 600;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .base > ul > li {
    padding-top: var(--_bo-spacing);
    overflow-wrap: anywhere;
  }
  [part='removed'],
  .charge {
    color: var(--_bo-muted);
  }
  .charge {
    margin-top: var(--_bo-spacing);
    font-size: 0.9em;
  }
  .announcement {
    position: absolute;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
