// @vitest-environment jsdom
// The options page's view: default kinds, the per-site list, the shortcut, and import outcomes.

import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostFromInput, Options, type ImportStatus, type OptionsActions } from '../../src/options/Options';
import { defaults, type Settings } from '../../src/shared/settings';
import { mount, text, type Mounted } from './render';

const settings: Settings = {
  ...defaults,
  sites: { 'zeta.example.com': 'never', 'alpha.example.org': 'always' },
};

let view: Mounted | null = null;
function show(props: { settings?: Settings; shortcut?: string; importStatus?: ImportStatus | null } = {}) {
  const actions: OptionsActions = {
    setEverywhere: vi.fn(),
    setKind: vi.fn(),
    setSite: vi.fn(),
    removeSite: vi.fn(),
    exportFile: vi.fn(),
    importFile: vi.fn(),
  };
  view = mount(
    <Options
      settings={props.settings ?? settings}
      shortcut={'shortcut' in props ? props.shortcut : 'Alt+Shift+L'}
      importStatus={props.importStatus ?? null}
      actions={actions}
    />,
  );
  return { view, actions };
}
afterEach(() => {
  view?.unmount();
  view = null;
});

function change(el: HTMLSelectElement | HTMLInputElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

describe('options page', () => {
  it('shows each kind’s default with what it covers, and changes it', async () => {
    const { view, actions } = show();
    const rows = view.$$('.kinds li');
    expect(rows.map((r) => [text(r.querySelector('.hint')), r.querySelector('input')!.checked])).toEqual([
      ['comment sections and comment forms', true],
      ['newsletter sign-up boxes', true],
      ['related, latest and most-read story lists', false],
      ['share and follow buttons', false],
    ]);
    await view.click(rows[3]!.querySelector('input')!);
    expect(actions.setKind).toHaveBeenCalledWith('share', true);
    await view.click(view.byText('label', 'Hide clutter on all sites').querySelector('input')!);
    expect(actions.setEverywhere).toHaveBeenCalledWith(false);
  });

  it('lists sites alphabetically with their mode, to change or remove', async () => {
    const { view, actions } = show();
    const rows = view.$$('.sites tbody tr');
    expect(rows.map((r) => [text(r.querySelector('th')), r.querySelector('select')!.value])).toEqual([
      ['alpha.example.org', 'always'],
      ['zeta.example.com', 'never'],
    ]);
    change(rows[1]!.querySelector('select')!, 'always');
    expect(actions.setSite).toHaveBeenCalledWith('zeta.example.com', 'always');
    const remove = rows[0]!.querySelector('button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove alpha.example.org');
    await view.click(remove);
    expect(actions.removeSite).toHaveBeenCalledWith('alpha.example.org');
  });

  it('says when no site has its own setting', () => {
    const { view } = show({ settings: defaults });
    expect(view.$('.sites')).toBeNull();
    expect(text(view.$('.empty'))).toBe('No site has its own setting yet.');
  });

  it('adds a site from a host or a pasted address, and refuses what is not one', async () => {
    const { view, actions } = show();
    const input = view.$('.add-site input') as HTMLInputElement;
    change(input, 'not a site');
    await view.click(view.byText('.add-site button', 'Add'));
    expect(text(view.$('[role="alert"]'))).toContain('not a site address');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(actions.setSite).not.toHaveBeenCalled();
    change(input, 'https://News.Example.com/2021/story?x=1');
    change(view.$('.add-site select') as HTMLSelectElement, 'always');
    await view.click(view.byText('.add-site button', 'Add'));
    expect(actions.setSite).toHaveBeenCalledWith('news.example.com', 'always');
    expect(input.value).toBe('');
    expect(view.$('[role="alert"]')).toBeNull();
  });

  it('shows the shortcut as keys, or that none is set', () => {
    const { view } = show();
    expect(view.$$('.shortcut kbd').map(text)).toEqual(['Alt', 'Shift', 'L']);
    expect(text(view.$('.shortcut'))).toContain('Switch clutter hiding on this site');
    view.unmount();
    const none = show({ shortcut: '' }).view;
    expect(none.$$('.shortcut kbd')).toHaveLength(0);
    expect(text(none.$('.shortcut'))).toContain('not set');
  });

  it('exports, and hands a chosen file to import', async () => {
    const { view, actions } = show();
    await view.click(view.byText('button', 'Export settings'));
    expect(actions.exportFile).toHaveBeenCalledOnce();
    const input = view.$('input[type="file"]') as HTMLInputElement;
    expect(input.closest('label')?.textContent).toContain('Import settings');
    const file = new File(['{}'], 'settings.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.importFile).toHaveBeenCalledWith(file);
  });

  it('a bad file: a clear error in an alert, with the detail', () => {
    const { view } = show({
      importStatus: { ok: false, error: 'importNotJson', detail: 'Unexpected end of JSON input' },
    });
    const alert = view.$('[role="alert"]')!;
    expect(text(alert)).toContain('Nothing was imported. The file is not JSON');
    expect(text(alert)).toContain('Unexpected end of JSON input');
  });

  it('a good file: says so, and names what was left out', () => {
    const { view } = show({ importStatus: { ok: true, ignored: ['theme', 'kinds.ads'] } });
    expect(text(view.$('.outcome'))).toBe(
      'Settings imported. Left out because they were not understood: theme, kinds.ads.',
    );
  });
});

describe('hostFromInput', () => {
  it('takes hosts and addresses, lower-cased, with a port if given', () => {
    expect(hostFromInput(' www.Example.com ')).toBe('www.example.com');
    expect(hostFromInput('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(hostFromInput('example.com/path')).toBe('example.com');
  });
  it('refuses words, spaces and empty input', () => {
    for (const bad of ['', 'localhost', 'two words', 'file:///etc/passwd', '.example.com'])
      expect(hostFromInput(bad)).toBeNull();
  });
});
