import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Emulator-grade cost: fast enough for a test that makes 100 attempts; not a security boundary.
const params: ScryptOptions = { N: 1024, r: 8, p: 1 };
const keyLength = 32;

const derive = (password: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, params, (error, key) => {
      if (error) {
        reject(error);
      } else {
        resolve(key);
      }
    });
  });

export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(16);
  const key = await derive(password, salt);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join(
    '$'
  );
};

export const verifyPassword = async (password: string, digest: string | null): Promise<boolean> => {
  if (!digest) {
    return false;
  }
  const [scheme, , , , salt, expected] = digest.split('$');
  if (scheme !== 'scrypt' || !salt || !expected) {
    return false;
  }
  const key = await derive(password, Buffer.from(salt, 'base64'));
  const expectedKey = Buffer.from(expected, 'base64');
  return key.length === expectedKey.length && timingSafeEqual(key, expectedKey);
};
