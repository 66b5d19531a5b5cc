import { useTranslation } from 'react-i18next';
import { acceptInvite } from '../../../auth/auth-api';
import { paths } from '../../../routes/paths';
import { TokenPasswordPage } from '../components/TokenPasswordPage';

/** An invited user opens the link from the invitation e-mail and chooses a first password. */
export function AcceptInvitePage() {
  const { t } = useTranslation('auth');
  return (
    <TokenPasswordPage
      path={paths.acceptInvite}
      submit={acceptInvite}
      texts={{
        title: t('acceptInvite.title'),
        intro: t('acceptInvite.intro'),
        newPassword: t('acceptInvite.newPassword'),
        confirmPassword: t('acceptInvite.confirmPassword'),
        submit: t('acceptInvite.submit'),
        missingToken: t('acceptInvite.missingToken'),
        failedTitle: t('acceptInvite.failedTitle'),
        successTitle: t('acceptInvite.successTitle'),
        successBody: t('acceptInvite.successBody'),
        goToLogin: t('acceptInvite.goToLogin'),
      }}
    />
  );
}
