/** HTML assembled by `html` templates: interpolated values are escaped unless they are SafeHtml already. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** Tagged template for e-mail HTML: user data can never open a tag or an attribute. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let result = strings[0]!;
  values.forEach((value, index) => {
    result += render(value) + strings[index + 1]!;
  });
  return new SafeHtml(result);
}
