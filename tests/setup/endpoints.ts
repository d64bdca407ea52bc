import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Every way into the portal's server code that a request can reach: the exported functions of each
// `"use server"` module (each one a public POST endpoint, whatever page shows its form) and the
// handlers of each `route.ts`. Read from the source, so that the permission tests walk what exists,
// not a list someone remembered to update.

export type Endpoint = { kind: "action" | "route"; file: string; name: string };

/** Route handler names Next.js serves; other exports of a route.ts are configuration. */
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function sourceFiles(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
}

function isUseServerModule(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return (
    first !== undefined &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use server"
  );
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

/** The names a module exports at run time (types left out), `default` included. */
export function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      const isDefault = (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
      names.push(isDefault ? "default" : (statement.name?.text ?? "default"));
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) names.push(...bindingNames(declaration.name));
    } else if (ts.isExportAssignment(statement)) {
      names.push("default");
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
      } else {
        // `export * from …`: what it re-exports cannot be read here, so it is named as such and must be listed.
        names.push("*");
      }
    }
  }
  return names;
}

/** Server Actions under `lib/` and `app/` and route handlers under `app/` of the project at `root`. */
export function findEndpoints(root: string): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const folder of ["lib", "app", "components"]) {
    for (const file of sourceFiles(path.join(root, folder))) {
      const relative = path.relative(root, file).split(path.sep).join("/");
      const source = parse(file);
      if (isUseServerModule(source)) {
        for (const name of exportedNames(source)) endpoints.push({ kind: "action", file: relative, name });
      } else if (folder === "app" && path.basename(file) === "route.ts") {
        for (const name of exportedNames(source)) {
          if (HTTP_METHODS.has(name)) endpoints.push({ kind: "route", file: relative, name });
        }
      }
    }
  }
  return endpoints.sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
}
