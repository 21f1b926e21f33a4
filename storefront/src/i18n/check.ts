import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser"

/**
 * Checks of the message catalogues, for the tests (not imported by pages):
 * the same keys in every locale, every message valid ICU, and the same
 * arguments as the reference locale's message.
 */
export type Tree = { [key: string]: unknown }

/** Every message of a catalogue by its dotted key. */
export function flatMessages(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") out.set(path, value)
    else if (value && typeof value === "object") for (const [k, v] of flatMessages(value as Tree, path)) out.set(k, v)
  }
  return out
}

function collectArguments(elements: MessageFormatElement[], into: Set<string>): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value)
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value)
      for (const option of Object.values(el.options)) collectArguments(option.value, into)
    }
  }
  return into
}

/** The sorted argument names of an ICU message; throws on invalid syntax. */
export function messageArguments(message: string): string[] {
  return [...collectArguments(parse(message, { ignoreTag: true }), new Set())].sort()
}

/** What is wrong with `catalogue` compared with `reference` (empty: nothing). */
export function catalogueProblems(catalogue: Tree, reference: Tree): string[] {
  const mine = flatMessages(catalogue)
  const theirs = flatMessages(reference)
  const problems: string[] = []
  for (const key of theirs.keys()) if (!mine.has(key)) problems.push(`${key}: missing`)
  for (const [key, message] of mine) {
    if (!theirs.has(key)) {
      problems.push(`${key}: not in the reference`)
      continue
    }
    try {
      const args = messageArguments(message).join()
      const expected = messageArguments(theirs.get(key)!).join()
      if (args !== expected) problems.push(`${key}: arguments {${args}}, reference {${expected}}`)
    } catch (e) {
      problems.push(`${key}: ${(e as Error).message}`)
    }
  }
  return problems
}
