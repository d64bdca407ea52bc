import type { Locale } from "./config";
import { formatCount } from "./numbers";

export type MessageValues = Record<string, string | number>;

/**
 * Fills a message: `{name}` placeholders, and plural choices in ICU's syntax,
 * `{count, plural, one {# seat left} other {# seats left}}`, where `#` is the number written as the
 * language writes it and the branch is chosen by Intl.PluralRules of `locale` (`=0`, `=1`… first).
 * Vietnamese has one form: its messages need no plural block. A missing value is left visible
 * rather than silently dropped. In its own module (no catalogue import) so that client components
 * can use it without shipping every message of both languages to the browser.
 */
export function formatMessage(template: string, values?: MessageValues, locale: Locale = "vi"): string {
  if (!values) return template;
  let result = "";
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf("{", index);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    result += template.slice(index, open) + formatArgument(template.slice(open, close + 1), values, locale);
    index = close + 1;
  }
  return result + template.slice(index);
}

/** The index of the `}` closing the `{` at `open`, counting nested pairs; -1 when unbalanced. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === "{") depth++;
    else if (text[index] === "}" && --depth === 0) return index;
  }
  return -1;
}

const SIMPLE = /^\{(\w+)\}$/;
const PLURAL = /^\{(\w+),\s*plural,([\s\S]*)\}$/;

function formatArgument(argument: string, values: MessageValues, locale: Locale): string {
  const simple = SIMPLE.exec(argument);
  if (simple) return simple[1]! in values ? String(values[simple[1]!]) : argument;
  const plural = PLURAL.exec(argument);
  if (!plural || !(plural[1]! in values)) return argument;
  const count = Number(values[plural[1]!]);
  const branches = pluralBranches(plural[2]!);
  const branch = branches.get(`=${count}`) ?? branches.get(pluralCategory(count, locale)) ?? branches.get("other");
  if (branch === undefined) return argument;
  return formatMessage(branch.replace(/#/g, formatCount(count, locale)), values, locale);
}

/** `one {…} other {…}` → selector → text. */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  const selector = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let index = 0;
  while (index < body.length) {
    selector.lastIndex = index;
    const match = selector.exec(body);
    if (!match) break;
    const open = selector.lastIndex - 1;
    const close = matchingBrace(body, open);
    if (close < 0) break;
    branches.set(match[1]!, body.slice(open + 1, close));
    index = close + 1;
  }
  return branches;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(count: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}
