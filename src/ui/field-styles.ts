export const inputClass =
  'block w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm text-gray-900 placeholder:text-gray-500 ' +
  'focus:border-brand focus:outline-2 focus:outline-offset-0 focus:outline-brand ' +
  'aria-[invalid=true]:border-red-700 dark:border-gray-600 dark:bg-gray-950 dark:text-gray-100 dark:placeholder:text-gray-400 ' +
  'dark:aria-[invalid=true]:border-red-400';
