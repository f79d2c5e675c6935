# Les textes de Rebound destinés aux candidats, en français canadien : sign-in. Chaque message a son jumeau, avec les
# mêmes variables, dans ../en/sign-in.ftl (un test échoue sinon). Typographie de l’OQLF ; des phrases entières.

## La page de connexion et de consentement (GET /oauth/authorize). Les messages qui contiennent du balisage sont du
## HTML : la page échappe leurs variables ($client, $host) avant de les insérer.
sign-in-title = Connexion à Rebound
sign-in-intro = <strong>{ $client }</strong> demande à utiliser votre compte Rebound. Après la connexion, vous retournerez à <strong>{ $host }</strong>, et { $client } pourra :
sign-in-email = Adresse courriel
sign-in-password = Mot de passe
sign-in-allow = Me connecter et autoriser
sign-in-deny = Refuser
sign-in-note = Ne vous connectez que si vous avez commencé cette démarche dans { $client }. Rebound ne vous demande jamais votre mot de passe ailleurs.
sign-in-enter-email = Entrez l’adresse courriel de votre compte Rebound.
sign-in-enter-password = Entrez votre mot de passe.
sign-in-wrong-credentials = L’adresse courriel ou le mot de passe est incorrect.
sign-in-locked-out = Trop de tentatives infructueuses pour ce compte. { $seconds ->
        [one] Réessayez dans { $seconds } seconde.
       *[other] Réessayez dans { $seconds } secondes.
    }

## Ce que chaque portée permet à l’application, tel que la page les énumère.
sign-in-scope-interviews-read = Consulter les candidats, les entrevues, les impairs et les évaluations
sign-in-scope-interviews-write = Créer et modifier des candidats, des entrevues et des impairs
sign-in-scope-plans-write = Produire des plans de rattrapage et mettre à jour leurs étapes
sign-in-scope-admin = Gérer les utilisateurs et les clients d’intégration
sign-in-scope-webhooks-read = Consulter le fil d’événements, les points de terminaison des webhooks et leurs livraisons
sign-in-scope-webhooks-write = Gérer les points de terminaison des webhooks et relivrer des événements
