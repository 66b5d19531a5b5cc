import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { resetPassword } from '../../../auth/auth-api';
import { paths } from '../../../routes/paths';
import { TokenPasswordPage } from '../components/TokenPasswordPage';

/** Opened from the reset e-mail: chooses a new password; every session of the account ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  return (
    <TokenPasswordPage
      path={paths.resetPassword}
      submit={resetPassword}
      texts={{
        title: t('resetPassword.title'),
        intro: t('resetPassword.intro'),
        newPassword: t('resetPassword.newPassword'),
        confirmPassword: t('resetPassword.confirmPassword'),
        submit: t('resetPassword.submit'),
        missingToken: t('resetPassword.missingToken'),
        failedTitle: t('resetPassword.failedTitle'),
        successTitle: t('resetPassword.successTitle'),
        successBody: t('resetPassword.successBody'),
        goToLogin: t('resetPassword.goToLogin'),
      }}
      extra={
        <Anchor component={Link} to={paths.forgotPassword} size="sm">
          {t('resetPassword.requestNew')}
        </Anchor>
      }
    />
  );
}
