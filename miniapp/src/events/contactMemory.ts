import Taro from '@tarojs/taro';

// The last contact name/phone typed, kept on this device only, so a family registering for
// several events does not retype them.
const key = 'szkc.lastContact';

interface Contact {
  contactName: string;
  contactPhone: string;
}

export function loadContact(): Contact {
  try {
    const value: unknown = Taro.getStorageSync(key);
    if (value && typeof value === 'object') {
      const { contactName, contactPhone } = value as Partial<Contact>;
      return { contactName: String(contactName ?? ''), contactPhone: String(contactPhone ?? '') };
    }
  } catch {
    // Storage unavailable: start empty.
  }
  return { contactName: '', contactPhone: '' };
}

export function saveContact(contact: Contact): void {
  try {
    Taro.setStorageSync(key, contact);
  } catch {
    // Not worth bothering the person about.
  }
}
