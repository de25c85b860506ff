// Builds the one bundle Home Assistant loads for both panels. The output is deterministic
// (same sources and lock file, same bytes), so the test suite can check that the shipped
// bundle is a fresh build: `node build.mjs --outfile <path>` writes elsewhere.
import { build } from "esbuild";

const index = process.argv.indexOf("--outfile");
const outfile =
  index >= 0 ? process.argv[index + 1] : "../custom_components/digitalkey/frontend/digitalkey-panel.js";

await build({
  entryPoints: ["src/main.ts"],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  charset: "utf8",
  outfile,
  logLevel: "warning",
});
