/** English names for devices; they load with the areas that show them (devices, passkeys). */
export const userAgentEn = {
  'device.browser_on_os': '{browser} on {os}',
  'device.unknown': 'Unknown device',
  'device.kind.desktop': 'Computer',
  'device.kind.mobile': 'Phone',
  'device.kind.tablet': 'Tablet',
  'device.kind.tv': 'TV',
  'device.kind.unknown': 'Device',
};
