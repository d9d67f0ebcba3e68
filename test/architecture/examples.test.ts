/**
 * The `@example` lines of src/core hold: every example of the form `name(args) // expected`, whose call
 * uses only literals and the module's own exports and whose expected value is a literal, is run against the
 * module and must give that value. Examples with "…", local variables, callbacks or prose are documentation
 * only and are left out. The expressions are read with the TypeScript parser and evaluated from its syntax
 * tree (literals, the module's exports, calls and property reads): nothing is passed to eval.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const CORE = path.resolve(__dirname, "../../src/core");
/** The fewest examples the check must find: fewer means the collector, not the examples, broke. */
const MIN_EXAMPLES = 100;

/** One runnable example: where it is written, the call, and the value it says the call gives. */
interface Example {
  readonly file: string;
  readonly line: number;
  readonly call: string;
  readonly expected: string;
}

/** Every production .ts file under src/core: not a test, not a testing/ helper. */
function coreModules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : coreModules(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** The single expression a text holds, or undefined when it holds anything else (or does not parse). */
function expressionOf(text: string): ts.Expression | undefined {
  const code = `(${text}\n)`;
  const { diagnostics } = ts.transpileModule(code, { reportDiagnostics: true, fileName: "example.ts" });
  if (diagnostics === undefined || diagnostics.length > 0) return undefined;
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  if (source.statements.length !== 1) return undefined;
  const statement = source.statements[0];
  if (!ts.isExpressionStatement(statement) || !ts.isParenthesizedExpression(statement.expression))
    return undefined;
  return statement.expression.expression;
}

/**
 * The `call // expected` pairs of a file's TSDoc `@example` blocks: on the `@example` line itself or on a
 * line of its block, the expected value after `//` on the same line or alone on the next line.
 * @example examplesIn("a.ts", text) // [{ file: "a.ts", line: 2, call: "f(1)", expected: "2" }] for " * @example f(1) // 2"
 */
function examplesIn(file: string, text: string): Example[] {
  const lines = text.split("\n");
  const found: Example[] = [];
  let inExample = false;
  for (let i = 0; i < lines.length; i++) {
    const doc = /^\s*\*(?!\/)\s?(.*)$/.exec(lines[i]);
    if (!doc) {
      inExample = false;
      continue;
    }
    let body = doc[1];
    if (body.startsWith("@example")) {
      inExample = true;
      body = body.slice("@example".length).trim();
    } else if (body.startsWith("@")) {
      inExample = false;
    }
    if (!inExample || body === "" || body.startsWith("//")) continue;
    const split = splitComment(body);
    if (split) {
      found.push({ file, line: i + 1, ...split });
      continue;
    }
    const next = /^\s*\*\s?\/\/\s*(.*)$/.exec(lines[i + 1] ?? "");
    if (next) found.push({ file, line: i + 1, call: body.trim(), expected: next[1].trim() });
  }
  return found;
}

/** A line `code // comment` split at the comment the TypeScript scanner finds (not a "//" inside a string). */
function splitComment(body: string): { call: string; expected: string } | undefined {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2020, false, ts.LanguageVariant.Standard, body);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia) {
      const start = scanner.getTokenPos();
      return { call: body.slice(0, start).trim(), expected: body.slice(start + 2).trim() };
    }
  }
  return undefined;
}

/** Why an expression cannot be evaluated: it uses something other than literals and the allowed names. */
class NotEvaluable extends Error {}

/** The globals an example may use besides literals: `Array(4000).fill(0.5)` for a long column. */
const GLOBALS: Readonly<Record<string, unknown>> = { Array };

/** The arithmetic an example may write between numbers, as in `roundNoise(0.1 + 0.2)`. */
const ARITHMETIC = new Map<ts.SyntaxKind, (a: number, b: number) => number>([
  [ts.SyntaxKind.PlusToken, (a, b) => a + b],
  [ts.SyntaxKind.MinusToken, (a, b) => a - b],
  [ts.SyntaxKind.AsteriskToken, (a, b) => a * b],
  [ts.SyntaxKind.SlashToken, (a, b) => a / b],
]);

/** `ok(value)` in an expected value: the shorthand of the examples for a successful Result. */
const RESULT_OK = (value: unknown) => ({ ok: true, value });

/**
 * The value of an expression made of literals, the given names, calls, `new`, property reads, unary minus
 * and arithmetic between numbers.
 * @throws NotEvaluable for anything else (an arrow function, an unknown name, a template with holes …).
 */
function evaluate(node: ts.Expression, names: Readonly<Record<string, unknown>>): unknown {
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, names);
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isBinaryExpression(node) && ARITHMETIC.has(node.operatorToken.kind)) {
    const [left, right] = [evaluate(node.left, names), evaluate(node.right, names)];
    if (typeof left !== "number" || typeof right !== "number")
      throw new NotEvaluable("arithmetic on non-numbers");
    return ARITHMETIC.get(node.operatorToken.kind)!(left, right);
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const value = evaluate(node.operand, names);
    if (typeof value !== "number") throw new NotEvaluable("minus of a non-number");
    return -value;
  }
  if (ts.isIdentifier(node)) {
    if (node.text === "undefined") return undefined;
    if (node.text === "NaN") return NaN;
    if (node.text === "Infinity") return Infinity;
    if (Object.prototype.hasOwnProperty.call(names, node.text)) return names[node.text];
    throw new NotEvaluable(`unknown name ${node.text}`);
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => evaluate(element, names));
  if (ts.isObjectLiteralExpression(node)) {
    const object: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) throw new NotEvaluable("not a plain property");
      const key = property.name;
      if (!(ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key))) {
        throw new NotEvaluable("computed key");
      }
      object[key.text] = evaluate(property.initializer, names);
    }
    return object;
  }
  if (ts.isPropertyAccessExpression(node)) {
    const target = evaluate(node.expression, names);
    if (target === null || target === undefined) {
      if (node.questionDotToken) return undefined;
      throw new TypeError(`reading ${node.name.text} of ${String(target)}`);
    }
    return (target as Record<string, unknown>)[node.name.text];
  }
  if (ts.isElementAccessExpression(node)) {
    const target = evaluate(node.expression, names) as Record<string, unknown>;
    return target[String(evaluate(node.argumentExpression, names))];
  }
  if (ts.isNewExpression(node)) {
    const type = evaluate(node.expression, names);
    if (typeof type !== "function") throw new NotEvaluable("new of a non-class");
    const args = (node.arguments ?? []).map((argument) => evaluate(argument, names));
    return new (type as new (...a: unknown[]) => unknown)(...args);
  }
  if (ts.isCallExpression(node)) {
    const args = node.arguments.map((argument) => evaluate(argument, names));
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      const target = evaluate(callee.expression, names);
      if ((target === null || target === undefined) && callee.questionDotToken) return undefined;
      const method = (target as Record<string, unknown>)[callee.name.text];
      if (typeof method !== "function") throw new NotEvaluable(`${callee.name.text} is not a method`);
      return (method as (...a: unknown[]) => unknown).apply(target, args);
    }
    const fn = evaluate(callee, names);
    if (typeof fn !== "function") throw new NotEvaluable("calling a non-function");
    return (fn as (...a: unknown[]) => unknown)(...args);
  }
  throw new NotEvaluable(ts.SyntaxKind[node.kind]);
}

/**
 * Whether an expression's names are all in `allowed` (literal names such as undefined aside), those of
 * `calledOnly` only as what is called.
 */
function usesOnly(
  node: ts.Node,
  allowed: ReadonlySet<string>,
  calledOnly: ReadonlySet<string> = new Set(),
): boolean {
  if (ts.isIdentifier(node)) {
    const parent = node.parent;
    const isMemberName =
      (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
      (ts.isPropertyAssignment(parent) && parent.name === node);
    const isCalled = ts.isCallExpression(parent) && parent.expression === node;
    return (
      isMemberName ||
      allowed.has(node.text) ||
      (isCalled && calledOnly.has(node.text)) ||
      ["undefined", "NaN", "Infinity"].includes(node.text)
    );
  }
  return node.getChildren().every((child) => usesOnly(child, allowed, calledOnly));
}

/** The identifiers an expression names (property names aside). */
function namesIn(node: ts.Node): string[] {
  if (ts.isIdentifier(node)) {
    const parent = node.parent;
    const isMemberName =
      (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
      (ts.isPropertyAssignment(parent) && parent.name === node);
    return isMemberName ? [] : [node.text];
  }
  return node.getChildren().flatMap(namesIn);
}

/** The names a module exports (from its source, so that nothing needs loading to find the examples). */
function exportedNames(file: string, text: string): Set<string> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const names = new Set<string>();
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (exported && (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement))) {
      if (statement.name) names.add(statement.name.text);
    } else if (exported && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
      }
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause) {
      if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements)
          if (!element.isTypeOnly) names.add(element.name.text);
      }
    }
  }
  return names;
}

/** What an example says its call gives: a literal value, or a failed Result with an error code. */
type Expectation =
  | { readonly kind: "value"; readonly node: ts.Expression }
  | { readonly kind: "error"; readonly code: string };

/** A runnable example, with its call and expected value already parsed. */
interface Runnable extends Example {
  readonly callNode: ts.Expression;
  readonly expectation: Expectation;
}

/**
 * What an expected text says, when it says it plainly: a literal (`ok(…)` for a successful Result), a
 * literal followed by a note ("(…)", ": …" or " with …", unless the note makes it approximate), or an error code ("VALUE", "VALUE error: …") for a failed
 * Result; undefined for prose.
 * @example expectationOf("true (a formula)") // { kind: "value", node: <true> }
 */
function expectationOf(text: string): Expectation | undefined {
  const error = /^(VALUE|NA|NUM|DIV0)\b( error)?(:.*)?$/.exec(text);
  if (error) return { kind: "error", code: error[1] };
  // A note may say what the literal means, but not that it is approximate: "0.9 (to 1e-15)" is no exact value.
  const notes = [...text.matchAll(/: | \((?!to |about |≈)| with /g)].map((match) => match.index);
  for (const end of [text.length, ...notes]) {
    const node = expressionOf(text.slice(0, end));
    if (node && usesOnly(node, new Set(), new Set(["ok"]))) return { kind: "value", node };
  }
  return undefined;
}

/** The constants core's folders publish (DEFAULT_SCHEME, LOST_POSITION …), which examples may name too. */
function publicConstants(): Map<string, string> {
  const found = new Map<string, string>();
  for (const folder of fs.readdirSync(CORE, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const index = path.join(CORE, folder.name, "index.ts");
    for (const file of coreModules(path.join(CORE, folder.name))) {
      for (const name of exportedNames(file, fs.readFileSync(file, "utf8"))) {
        if (/^[A-Z][A-Z0-9_]*$/.test(name)) found.set(name, index);
      }
    }
  }
  return found;
}

const PUBLIC_CONSTANTS = publicConstants();

/**
 * The examples of src/core that can be run: a call of one of the module's exports whose arguments are
 * literals, the module's exports or core's public constants, and a literal expected value.
 */
function runnableExamples(): Runnable[] {
  return coreModules(CORE).flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    const exports = exportedNames(file, text);
    const known = new Set([...exports, ...PUBLIC_CONSTANTS.keys(), ...Object.keys(GLOBALS)]);
    return examplesIn(path.relative(CORE, file), text).flatMap((example): Runnable[] => {
      if (example.call.includes("…") || example.expected.includes("…")) return [];
      const callNode = expressionOf(example.call);
      const expectation = expectationOf(example.expected);
      if (!callNode || !expectation) return [];
      const callsExport = (node: ts.Expression): boolean =>
        ts.isCallExpression(node) || ts.isNewExpression(node)
          ? ts.isIdentifier(node.expression)
            ? exports.has(node.expression.text)
            : callsExport(node.expression)
          : (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
            callsExport(node.expression);
      if (!callsExport(callNode) || !usesOnly(callNode, known)) return [];
      return [{ ...example, callNode, expectation }];
    });
  });
}

const EXAMPLES = runnableExamples();

describe("the @example lines of src/core", () => {
  it(`finds at least ${MIN_EXAMPLES} runnable examples (found ${EXAMPLES.length})`, () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
  });

  it.each(EXAMPLES.map((example) => [`${example.file}:${example.line} ${example.call}`, example] as const))(
    "%s gives what its example says",
    async (_name, example) => {
      const module = (await import(path.join(CORE, example.file))) as Record<string, unknown>;
      const constants: Record<string, unknown> = {};
      for (const name of namesIn(example.callNode)) {
        const index = PUBLIC_CONSTANTS.get(name);
        if (index !== undefined && !(name in module)) {
          constants[name] = ((await import(index)) as Record<string, unknown>)[name];
        }
      }
      const actual = evaluate(example.callNode, { ...GLOBALS, ...constants, ...module });
      if (example.expectation.kind === "error") {
        expect(actual).toMatchObject({ ok: false, error: { code: example.expectation.code } });
      } else {
        expect(actual).toEqual(evaluate(example.expectation.node, { ok: RESULT_OK }));
      }
    },
  );
});

describe("examplesIn", () => {
  it("reads an example's call and expected value, on one line or with the value on the next", () => {
    const text = [
      "/**",
      ' * @example f(1, "a // b") // 2',
      " * @example",
      " * g([1, 2])",
      " * // [3]",
      " * @returns h(0) // not an example",
      " */",
    ].join("\n");
    expect(examplesIn("a.ts", text)).toEqual([
      { file: "a.ts", line: 2, call: 'f(1, "a // b")', expected: "2" },
      { file: "a.ts", line: 4, call: "g([1, 2])", expected: "[3]" },
    ]);
  });
});

describe("evaluate", () => {
  const names = { add: (a: number, b: number) => a + b, pair: (a: unknown) => ({ first: a, list: [a] }) };
  const run = (text: string) => evaluate(expressionOf(text)!, names);

  it("evaluates literals, calls of the given names and property reads", () => {
    expect(run('[1, -2, "x", null, true, { a: undefined }]')).toEqual([
      1,
      -2,
      "x",
      null,
      true,
      { a: undefined },
    ]);
    expect(run("add(2, 3)")).toBe(5);
    expect(run("pair(4).list[0]")).toBe(4);
    expect(run('"abc".slice(1)')).toBe("bc");
  });

  it("refuses names it was not given and functions written in the example", () => {
    expect(() => run("other(1)")).toThrow(NotEvaluable);
    expect(() => run("[1].map((x) => x)")).toThrow(NotEvaluable);
  });
});
