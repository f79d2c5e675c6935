# Les textes de Rebound destinés aux candidats, en français canadien : review. Chaque message a son jumeau, avec les
# mêmes variables, dans ../en/review.ftl (un test échoue sinon). Typographie de l’OQLF ; des phrases entières.

## Excuses, justifications, autodénigrement, explications, supplications : { $said } est le passage relevé, tel qu’écrit.
review-apology-message = « { $said } » présente des excuses; s’excuser ramène l’attention sur le faux pas au lieu de la tourner vers la suite.
review-apology-suggestion = Remerciez plutôt que de vous excuser (« Merci de votre patience »), puis, si le faux pas a sûrement été remarqué, ajoutez une courte correction factuelle.
review-repeated-apology-message = « { $said } » : c’est la { $number }{ $number ->
        [one] re
       *[other] e
    } excuse de ce message; des excuses répétées donnent une impression d’insécurité.
review-repeated-apology-suggestion = Retirez les excuses de trop et recentrez le message sur le poste et sur ce que vous apportez.
review-excuse-message = « { $said } » invoque une cause pour expliquer le faux pas; les justifications jouent généralement contre vous.
review-excuse-suggestion = Laissez tomber la cause et gardez le fait : donnez simplement la bonne information (« J’aimerais ajouter… »), ou tournez-vous vers la suite.
review-self-deprecation-message = « { $said } » vous dévalorise; votre message doit laisser le souvenir de vos forces, pas de vos doutes.
review-self-deprecation-suggestion = Retirez le jugement et dites plutôt ce que vous ajouteriez : « Pour compléter ma réponse sur…, j’ajouterais que… »
review-over-explaining-message = « { $said } » revient sur ce qui s’est mal passé plus longuement que ce message ne peut se le permettre.
review-over-explaining-suggestion = Remplacez l’explication par une seule phrase factuelle, et seulement si le faux pas a sûrement été remarqué : « J’aurais dû dire…; le bon chiffre est… »
review-pleading-message = « { $said } » sonne comme une supplication; vous demandez une faveur au lieu de faire valoir votre candidature.
review-pleading-suggestion = Dites pourquoi le poste vous attire et ce que vous y apporteriez : « Ce poste m’intéresse toujours vivement et j’aimerais beaucoup passer à la prochaine étape. »

## Longueur : { $words } mots dans le message, { $limit } au plus.
review-too-long-message = Votre message compte { $words } mots; un courriel de suivi devrait s’en tenir à { $limit }.
review-too-long-suggestion = Gardez les remerciements, une ou deux corrections et votre intérêt pour le poste; coupez tout le reste.

## Un faux pas peut-être passé inaperçu : { $gaffe } est le libellé du catalogue; { $noticed } vaut unsure ou unlikely.
review-unnoticed-gaffe-message = « { $said } » évoque un faux pas ({ $gaffe }) { $noticed ->
        [unsure] dont vous ne savez pas s’il a été remarqué
       *[unlikely] qui n’a probablement pas été remarqué
    }.
review-unnoticed-gaffe-suggestion = N’en parlez pas : mieux vaut ne pas ramener un faux pas qui a pu passer inaperçu.

## Vérifications du message entier.
review-missing-thanks-message = Votre message ne remercie jamais les personnes rencontrées en entrevue.
review-missing-thanks-suggestion = Commencez par les remercier de leur temps et de la conversation.
review-missing-interest-message = Votre message ne réaffirme pas votre intérêt pour le poste.
review-missing-interest-suggestion = Terminez par une phrase sur ce qui vous attire dans le poste, en disant que vous avez hâte d’avoir de leurs nouvelles.

## Les noms de la salutation : { $name } tel qu’écrit, { $closest } et { $spelled } tels qu’inscrits.
review-unknown-name-message = « { $name } » ne correspond au nom d’aucune des personnes inscrites pour cette entrevue.
review-unknown-name-suggestion-closest = Utilisez le nom inscrit : { $closest }.
review-unknown-name-suggestion = Écrivez le nom de la personne exactement comme vous l’avez inscrit.
review-name-accent-message = Ce nom s’écrit { $spelled }; il manque un accent à « { $name } ».
review-name-accent-suggestion = Écrivez { $spelled }, exactement comme vous l’avez inscrit : chacun remarque quand son nom est bien orthographié.
