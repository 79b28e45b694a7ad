/** English messages of the tenant's own profile fields; they load with them. */
export const customFieldsEn = {
  'custom_field.section': 'More about you',
  'custom_field.section_hint': 'Details your organization asks its members for.',
  'custom_field.yes': 'Yes',
  'custom_field.no': 'No',
  'custom_field.choose': 'Not set',
  'custom_field.required': 'This is required.',
  'custom_field.must_check': 'This must be checked.',
  'custom_field.not_a_number': 'Enter a number.',
  'custom_field.range_between': 'Enter a number from {min} to {max}.',
  'custom_field.range_min': 'Enter a number of at least {min}.',
  'custom_field.range_max': 'Enter a number of at most {max}.',
  'custom_field.length_between': 'Use {min} to {max} characters.',
  'custom_field.length_min': 'Use at least {min} characters.',
  'custom_field.length_max': 'Use at most {max} characters.',
  'custom_field.pattern': 'This is not in the form your organization asks for.',
  'custom_field.date': 'Enter a real date, as {format}.',
};
