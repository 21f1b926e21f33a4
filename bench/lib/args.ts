/** The value given after `--name` on the bench's command line (`npm run bench -- NAME --name value`), or `fallback`. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
