/**
 * Bundles entry points for plain Node 24 the way electron-vite bundles the main process:
 * CommonJS, with npm packages left external (resolved from node_modules at run time). Writes
 * `<outdir>/<name>.cjs` for each entry. Used by the benchmark and the test kit, so both run the
 * job process as the app does rather than compiling its sources under tsx.
 */
import { build } from 'esbuild'

export async function bundleForNode(entryPoints: Record<string, string>, outdir: string): Promise<void> {
  await build({
    entryPoints,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    packages: 'external',
    outdir,
    outExtension: { '.js': '.cjs' },
    logLevel: 'warning',
  })
}
