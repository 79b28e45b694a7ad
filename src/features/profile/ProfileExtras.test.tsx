import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomProfileField } from '../../api/types';
import { fakeLogto, sampleAccount } from '../../test/fake-logto';
import { renderWithApp, testConfig } from '../../test/render';
import ProfilePage from './ProfilePage';

const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], 'me.png', { type: 'image/png' });

const catalog: CustomProfileField[] = [
  { name: 'department', type: 'Select', label: 'Department', required: true, config: { options: [{ value: 'eng', label: 'Engineering' }, { value: 'ops', label: 'Operations' }] } },
  { name: 'newsletter', type: 'Checkbox', label: 'Send me the newsletter', required: false, config: {} },
  { name: 'seats', type: 'Number', label: 'Desk number', required: false, config: { minValue: 1, maxValue: 300 } },
  { name: 'employeeId', type: 'Regex', label: 'Employee ID', description: 'As on your badge, for example E-1234.', required: false, config: { format: '^E-\\d{4}$' } },
];

const withFields = (names = ['department', 'newsletter', 'seats', 'employeeId']) =>
  testConfig({
    accountCenter: { enabled: true, fields: { name: 'Edit', avatar: 'Edit', profile: 'Edit', customData: 'Edit' }, profileFields: names.map((name) => ({ name })) },
    signInExperience: { customProfileFieldCatalog: catalog },
  });

describe('the tenant’s own profile fields', () => {
  it('shows them in the account center’s order, edits each with its input and keeps other custom data', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto({ ...sampleAccount(), customData: { plan: 'pro', department: 'eng' } });
    renderWithApp(<ProfilePage />, { api: logto.client, config: withFields() });
    const section = await screen.findByRole('region', { name: 'More about you' });
    expect(within(section).getByText('Engineering')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Edit Department' }));
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Department' }), 'ops');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Operations')).toBeInTheDocument();
    expect(logto.account.customData).toEqual({ plan: 'pro', department: 'ops' });

    await user.click(within(section).getByRole('button', { name: 'Edit Send me the newsletter' }));
    await user.click(within(section).getByRole('checkbox', { name: 'Send me the newsletter' }));
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(logto.account.customData).toEqual({ plan: 'pro', department: 'ops', newsletter: true }));

    await user.click(within(section).getByRole('button', { name: 'Edit Desk number' }));
    const desk = within(section).getByRole('spinbutton', { name: 'Desk number' });
    await user.type(desk, '400');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Enter a number from 1 to 300.')).toBeInTheDocument();
    expect(desk).toHaveValue(400);
    await user.clear(desk);
    await user.type(desk, '42');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(logto.account.customData).toMatchObject({ seats: 42 }));

    await user.click(within(section).getByRole('button', { name: 'Edit Employee ID' }));
    const id = within(section).getByRole('textbox', { name: 'Employee ID' });
    expect(within(section).getByText('As on your badge, for example E-1234.')).toBeInTheDocument();
    await user.type(id, 'E-12');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('This is not in the form your organization asks for.')).toBeInTheDocument();
    expect(logto.account.customData).not.toHaveProperty('employeeId');

    // What no field shows stays visible, read-only.
    expect(screen.getByRole('region', { name: 'Custom data' })).toHaveTextContent('"plan": "pro"');
  });

  it('does not let a required field be cleared', async () => {
    const user = userEvent.setup();
    const logto = fakeLogto({ ...sampleAccount(), customData: { department: 'eng' } });
    renderWithApp(<ProfilePage />, { api: logto.client, config: withFields(['department']) });
    const section = await screen.findByRole('region', { name: 'More about you' });
    await user.click(within(section).getByRole('button', { name: 'Edit Department' }));
    // A required choice that is set offers no empty option.
    expect(within(section).getAllByRole('option').map((option) => option.textContent)).toEqual(['Engineering', 'Operations']);
  });

  it('shows them read-only under a ReadOnly customData control, and not at all when Off', async () => {
    const readOnly = testConfig({
      accountCenter: { enabled: true, fields: { customData: 'ReadOnly', profile: 'Edit' }, profileFields: [{ name: 'department' }] },
      signInExperience: { customProfileFieldCatalog: catalog },
    });
    const view = renderWithApp(<ProfilePage />, { api: fakeLogto({ ...sampleAccount(), customData: { department: 'eng' } }).client, config: readOnly });
    const section = await screen.findByRole('region', { name: 'More about you' });
    expect(within(section).getByText('Engineering')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
    view.unmount();

    const off = testConfig({
      accountCenter: { enabled: true, fields: { customData: 'Off', profile: 'Edit' }, profileFields: [{ name: 'department' }] },
      signInExperience: { customProfileFieldCatalog: catalog },
    });
    renderWithApp(<ProfilePage />, { api: fakeLogto({ ...sampleAccount(), customData: { department: 'eng' } }).client, config: off });
    expect(await screen.findByRole('heading', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'More about you' })).not.toBeInTheDocument();
  });
});

describe('avatar upload', () => {
  beforeEach(() => {
    // jsdom has no image decoding or canvas: stand in with a 400×300 picture and a WebP encoder.
    vi.stubGlobal('createImageBitmap', vi.fn(async () => ({ width: 400, height: 300, close: vi.fn() })));
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (callback, type) {
      callback(new Blob(['encoded'], { type: type === 'image/webp' ? 'image/webp' : 'image/png' }));
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const choose = async (file: File) => {
    const user = userEvent.setup({ applyAccept: false });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, file);
    return user;
  };

  it('crops, uploads the WebP it made and sets the avatar to the URL Logto answered', async () => {
    const logto = fakeLogto();
    renderWithApp(<ProfilePage />, { api: logto.client });
    await screen.findByRole('button', { name: 'Upload photo' });
    const user = await choose(png());
    const dialog = await screen.findByRole('dialog', { name: 'Adjust your photo' });
    const zoom = await within(dialog).findByRole('slider', { name: 'Zoom' });
    within(dialog).getByRole('application', { name: 'Photo crop area' }).focus();
    await user.keyboard('++{ArrowLeft}');
    expect(Number((zoom as HTMLInputElement).value)).toBeGreaterThan(1);
    await user.click(within(dialog).getByRole('button', { name: 'Save photo' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(logto.assets.uploads).toEqual([{ name: 'avatar.webp', type: 'image/webp', size: 7 }]);
    expect(logto.account.avatar).toBe('https://cdn.test/avatars/1/avatar.webp');
    expect(await screen.findByRole('img', { name: 'Your avatar' })).toHaveAttribute('src', 'https://cdn.test/avatars/1/avatar.webp');
  });

  it('says what is wrong with a file before uploading anything', async () => {
    const logto = fakeLogto();
    renderWithApp(<ProfilePage />, { api: logto.client });
    await screen.findByRole('button', { name: 'Upload photo' });
    await choose(new File(['%PDF-1.7'], 'cv.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not a photo Logto accepts.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(logto.assets.uploads).toEqual([]);
  });

  it('without storage at Logto, says so once and keeps the link field', async () => {
    const logto = fakeLogto();
    logto.assets.configured = false;
    renderWithApp(<ProfilePage />, { api: logto.client });
    await screen.findByRole('button', { name: 'Upload photo' });
    const user = await choose(png());
    const dialog = await screen.findByRole('dialog', { name: 'Adjust your photo' });
    await user.click(await within(dialog).findByRole('button', { name: 'Save photo' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Your organization has not set up photo uploads');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Upload photo' })).not.toBeInTheDocument();
    expect(screen.getByText('Your organization has not set up photo uploads, so link to an image instead.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Avatar' })).toBeInTheDocument();
  });
});
