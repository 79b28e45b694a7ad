/**
 * Stand-in for Logto's "pwned" check. Logto asks the Have I Been Pwned range API (k-anonymity,
 * SHA-1 prefix); the emulator stays offline and rejects only these very common passwords, compared
 * exactly (the breach corpus is case-sensitive too). Anything not listed here passes.
 */
const commonPasswords = new Set([
  '000000', '111111', '112233', '121212', '123123', '123321', '1234', '12345', '123456',
  '1234567', '12345678', '123456789', '1234567890', '123qwe', '131313', '159753', '1q2w3e4r',
  '1qaz2wsx', '654321', '666666', '696969', '7777777', '987654321', 'aaaaaa', 'abc123',
  'access', 'admin', 'admin123', 'asdfgh', 'baseball', 'batman', 'charlie', 'dragon', 'football',
  'freedom', 'iloveyou', 'letmein', 'master', 'monkey', 'P@ssw0rd', 'P@ssword1', 'pass',
  'passw0rd', 'Passw0rd', 'Passw0rd!', 'password', 'Password', 'password1', 'Password1',
  'Password1!', 'password123', 'Password123', 'princess', 'qazwsx', 'qwerty', 'qwerty123',
  'qwertyuiop', 'shadow', 'starwars', 'sunshine', 'superman', 'trustno1', 'welcome',
  'Welcome1', 'zxcvbnm',
]);

export const isCommonPassword = (password: string): boolean => commonPasswords.has(password);
