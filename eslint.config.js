// ESLint flat config for loclint's own TypeScript.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "examples/", "test/fixtures/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-constant-condition": ["error", { checkLoops: false }],
    },
  },
  {
    // Spreading an array into a call passes each element as an argument: past about 120,000 elements
    // (findings in one file, links, markers) that is "Maximum call stack size exceeded". Use pushAll(),
    // maxOf() and minOf() from src/shared/arrays.ts, a loop, or concat() instead.
    files: ["src/**/*.ts", "rules/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression > SpreadElement.arguments",
          message: "Do not spread an array into a call's arguments: its size can exceed the stack (use pushAll/maxOf/minOf from src/shared/arrays.ts, a loop, or concat).",
        },
        {
          selector: "NewExpression > SpreadElement.arguments",
          message: "Do not spread an array into a constructor's arguments: its size can exceed the stack.",
        },
      ],
    },
  },
);
