import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../routes/paths';

/** Anonymous: a sign-in button. */
export function SignInButton() {
  const { t } = useTranslation('shell');
  return (
    <Button component={Link} to={paths.login} size="sm">
      {t('login')}
    </Button>
  );
}
