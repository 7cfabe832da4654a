// @ts-check
// `cem analyze` (part of npm run build): writes dist/custom-elements.json,
// describing what the npm package ships (paths into dist/, typed events, the
// definitions each entry makes), and from it what editors and frameworks read.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { frameworkTypes, manifestForDist } from './scripts/build/manifest-plugins.js';

export default {
  // The elements, their entry modules and what they inherit; not the data layer.
  globs: ['src/*.ts', 'src/elements/**/*.ts', 'src/config/config-attributes.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    manifestForDist(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      hideLogs: true,
    }),
    frameworkTypes({ outdir: 'dist' }),
  ],
};
