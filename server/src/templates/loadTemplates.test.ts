import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateRegistry } from '@yttra/editor';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTemplates } from './loadTemplates';

const exampleTemplate = fileURLToPath(
  new URL('../../../test/fixtures/templates/exempelkommunen-ks.json', import.meta.url),
);

describe('loadTemplates', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'yttra-templates-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps only the built-in templates without a directory', () => {
    // The shared registry, not a copy: what the editor package holds (other tests in this worker may register more).
    expect(loadTemplates(undefined)).toBe(templateRegistry);
    expect(Object.keys(templateRegistry)).toContain('stockholm-district-board');
  });

  it('adds every valid template file under its file name', () => {
    copyFileSync(exampleTemplate, join(directory, 'exempel.json'));
    writeFileSync(join(directory, 'README.txt'), 'not a template');
    const templates = loadTemplates(directory);
    expect(Object.keys(templates)).toEqual([...Object.keys(templateRegistry), 'exempel']);
    expect(Object.keys(templates)).toContain('stockholm-district-board');
    expect(templates.exempel?.sections[1]?.heading).toBe('Yrkanden');
  });

  it('refuses a template with an unknown placeholder, naming the file and the problem', () => {
    const broken = JSON.parse(
      readFileSync(exampleTemplate, 'utf8').replace('{proposers} yrkade', '{proposerz} yrkade'),
    );
    writeFileSync(join(directory, 'trasig.json'), JSON.stringify(broken));
    expect(() => loadTemplates(directory)).toThrow(/trasig\.json[\s\S]*proposerz/);
  });

  it('refuses an invalid template with the template check’s messages: path, Swedish and English', () => {
    const goteborg = fileURLToPath(new URL('../../../templates/goteborg-kommunstyrelsen.json', import.meta.url));
    const broken = JSON.parse(readFileSync(goteborg, 'utf8'));
    broken.sentences.motion = '{mover} yrkar {items}.';
    writeFileSync(join(directory, 'goteborg.json'), JSON.stringify(broken));
    expect(() => loadTemplates(directory)).toThrow(
      'sentences.motion: okänd platshållare {mover} (tillåtna: {movers}, {items}) | unknown placeholder {mover} (allowed: {movers}, {items})',
    );
  });

  it('loads the shipped Göteborg template (version 2) beside version-1 ones', () => {
    copyFileSync(exampleTemplate, join(directory, 'exempel.json'));
    copyFileSync(
      fileURLToPath(new URL('../../../templates/goteborg-kommunstyrelsen.json', import.meta.url)),
      join(directory, 'goteborg-kommunstyrelsen.json'),
    );
    const templates = loadTemplates(directory);
    expect(templates['goteborg-kommunstyrelsen']?.version).toBe(2);
    expect(templates.exempel?.version).toBe(1);
  });

  it('refuses file names that are not ids', () => {
    copyFileSync(exampleTemplate, join(directory, 'Min Mall.json'));
    expect(() => loadTemplates(directory)).toThrow(/Min Mall\.json/);
  });

  it('refuses a template file too large to be one, before parsing it', () => {
    writeFileSync(join(directory, 'jatte.json'), `{"padding": "${'x'.repeat(300 * 1024)}"}`);
    expect(() => loadTemplates(directory)).toThrow(/jatte\.json is larger than 256 kB/);
  });
});
