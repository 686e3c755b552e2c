/**
 * Lint rules, including the layers the README describes: data flows Parquet → SQL (queries/) →
 * maths (stats/) → card model (topics/<topic>/) → view, and nothing flows back up.
 */
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const TOPICS = [
	'larc',
	'cancer',
	'rtt',
	'overview',
	'services',
	'access',
	'methodology',
	'inequalities'
];

/** A topic may use shared layers but never another topic: each page stands on its own. */
const otherTopics = (topic) =>
	TOPICS.filter((t) => t !== topic).map((t) => ({
		group: [`$lib/topics/${t}`, `$lib/topics/${t}/**`],
		message: `The ${topic} topic must not import the ${t} topic: move what both need to a shared layer.`
	}));

const VIEWS_DO_NOT_QUERY = [
	{
		group: ['$lib/queries', '$lib/queries/**', '$lib/stats', '$lib/stats/**'],
		message: 'A view draws a card model; SQL and maths belong in the page model and card models.'
	},
	{
		group: ['$lib/server', '$lib/server/**'],
		message: 'Server-only modules cannot be imported by a view.'
	}
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			'no-console': 'error'
		}
	},
	// Command-line scripts report to the terminal.
	{ files: ['scripts/**'], rules: { 'no-console': 'off' } },
	// Layers: views never query, topics never import each other, routes wire topics and views.
	{
		files: ['src/**/*.svelte'],
		rules: { 'no-restricted-imports': ['error', { patterns: VIEWS_DO_NOT_QUERY }] }
	},
	...TOPICS.map((topic) => ({
		files: [`src/lib/topics/${topic}/**/*.ts`],
		rules: { 'no-restricted-imports': ['error', { patterns: otherTopics(topic) }] }
	})),
	...TOPICS.map((topic) => ({
		files: [`src/lib/topics/${topic}/**/*.svelte`],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [...VIEWS_DO_NOT_QUERY, ...otherTopics(topic)] }
			]
		}
	})),
	{
		files: ['src/lib/queries/**', 'src/lib/stats/**', 'src/lib/data/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/topics/**', '$lib/components/**', '*.svelte'],
							message: 'Lower layers never import pages, topics or views.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'static/',
			'node_modules/',
			'data/',
			'tests/reference-vectors/'
		]
	}
);
