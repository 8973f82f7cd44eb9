// ESLint's no-restricted-imports looks at import and export declarations only, so a lazy
// `import('../../storage/keyring')` would slip past the layer rules. This rule takes the same
// `{ patterns: [{ regex, message }] }` options and applies them to `import()`.

/** The specifier of an `import()` as text; a template literal's holes become `*`, so its fixed parts are still checked. */
function specifierOf(source) {
  if (source.type === 'Literal' && typeof source.value === 'string') return source.value;
  if (source.type === 'TemplateLiteral') return source.quasis.map((quasi) => quasi.value.cooked).join('*');
  return undefined;
}

/** Refuses `import()` of a module that no-restricted-imports would refuse in a declaration. */
export const noRestrictedDynamicImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Apply no-restricted-imports regex patterns to dynamic import()' },
    schema: [
      {
        type: 'object',
        properties: {
          patterns: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                regex: { type: 'string' },
                message: { type: 'string' },
                caseSensitive: { type: 'boolean' },
                allowTypeImports: { type: 'boolean' },
              },
              required: ['regex'],
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      restricted: "'{{specifier}}' import is restricted from being used by a pattern. {{message}}",
    },
  },
  create(context) {
    // Case-insensitive unless asked, as no-restricted-imports does.
    const patterns = (context.options[0]?.patterns ?? []).map((pattern) => ({
      matcher: new RegExp(pattern.regex, pattern.caseSensitive ? 'u' : 'iu'),
      message: pattern.message ?? '',
    }));
    return {
      ImportExpression(node) {
        const specifier = specifierOf(node.source);
        if (specifier === undefined) return;
        const hit = patterns.find((pattern) => pattern.matcher.test(specifier));
        if (hit) context.report({ node, messageId: 'restricted', data: { specifier, message: hit.message } });
      },
    };
  },
};

/** The local plugin that carries the rule, for eslint.config.js. */
export const layersPlugin = { rules: { 'no-restricted-dynamic-imports': noRestrictedDynamicImports } };
