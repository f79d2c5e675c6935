# Les textes de Rebound destinés aux candidats, en français canadien. Chaque message a son jumeau, avec les mêmes
# variables, dans ../en/catalogue.ftl (un test échoue sinon). Typographie de l’OQLF : « guillemets », espace insécable
# avant le deux-points et à l’intérieur des guillemets, aucune espace avant ; ! ? (un test le vérifie). On écrit
# comme on parle au Québec, au vouvoiement, sans calquer l’anglais ; les phrases restent entières.

## Le catalogue des impairs (GET /v1/gaffe-kinds) : pour chaque type, son titre, son libellé (dans une phrase, en
## minuscules), sa description, le conseil pour la prochaine fois, les questions du bilan dans l’ordre, et ce qu’il
## faut avoir sous la main.

## wrong_interviewer_name
gaffe-wrong-interviewer-name-title = Erreur sur le nom d’un intervieweur
gaffe-wrong-interviewer-name-label = erreur sur le nom d’un intervieweur
gaffe-wrong-interviewer-name-description = Vous avez appelé un intervieweur par le mauvais nom, une fois ou tout au long de l’entrevue. C’est gênant, mais ça en dit bien peu sur votre capacité à faire le travail.
gaffe-wrong-interviewer-name-prevention = Notez le nom et le titre de chaque intervieweur avant d’entrer, et prononcez chaque nom à voix haute une fois pendant les présentations.
gaffe-wrong-interviewer-name-question-1 = Quel nom avez-vous utilisé, et quand l’avez-vous remarqué?
gaffe-wrong-interviewer-name-question-2 = A-t-on rectifié le nom, ou l’a-t-on laissé passer?
gaffe-wrong-interviewer-name-question-3 = Où auriez-vous pu vérifier les noms à l’avance?
gaffe-wrong-interviewer-name-on-hand = le nom, l’orthographe et le titre de chaque intervieweur, tirés de l’invitation

## inappropriate_attire
gaffe-inappropriate-attire-title = Tenue mal choisie
gaffe-inappropriate-attire-label = tenue mal choisie
gaffe-inappropriate-attire-description = Vous portiez une tenue qui ne convenait pas au contexte ou au code vestimentaire de l’entreprise, par exemple des chaussures qui détonnaient.
gaffe-inappropriate-attire-prevention = Demandez au recruteur comment on s’habille au bureau, et préparez toute votre tenue la veille, chaussures comprises.
gaffe-inappropriate-attire-question-1 = Qu’est-ce qui clochait exactement, et est-ce que ça se voyait vraiment?
gaffe-inappropriate-attire-question-2 = Quelqu’un en a-t-il parlé, ou était-ce seulement dans votre tête?
gaffe-inappropriate-attire-question-3 = Comment auriez-vous pu connaître le code vestimentaire à l’avance?
gaffe-inappropriate-attire-on-hand = le code vestimentaire, demandé au recruteur à l’avance

## salary_blank
gaffe-salary-blank-title = Aucune réponse sur le salaire
gaffe-salary-blank-label = aucune réponse sur le salaire
gaffe-salary-blank-description = Vous avez figé, ou répondu vaguement, quand on vous a demandé vos attentes salariales pour le poste.
gaffe-salary-blank-prevention = Renseignez-vous sur le salaire courant pour ce poste dans votre ville, et préparez une fourchette que vous pourrez énoncer calmement, en une phrase.
gaffe-salary-blank-question-1 = Quelle était la question exacte, et qu’avez-vous répondu?
gaffe-salary-blank-question-2 = Quel chiffre vous aurait permis de répondre calmement, en une phrase : le salaire courant, votre salaire actuel, le minimum que vous accepteriez?
gaffe-salary-blank-question-3 = À quoi aurait ressemblé une réponse assurée?
gaffe-salary-blank-on-hand = le salaire courant pour ce poste dans votre ville et la fourchette que vous demanderez

## inappropriate_question
gaffe-inappropriate-question-title = Question déplacée
gaffe-inappropriate-question-label = question déplacée
gaffe-inappropriate-question-description = Vous avez posé aux intervieweurs une question qui n’a pas sa place en entrevue, par exemple sur le moment où vous pourriez prendre des congés, ou une question d’ordre personnel.
gaffe-inappropriate-question-prevention = Préparez trois questions sur l’équipe, le travail et la façon dont on mesure le succès, et gardez les avantages sociaux et les congés pour l’étape de l’offre.
gaffe-inappropriate-question-question-1 = Qu’avez-vous demandé exactement, et comment ont-ils réagi?
gaffe-inappropriate-question-question-2 = Que vouliez-vous vraiment savoir, et comment auriez-vous pu le demander au bon moment?
gaffe-inappropriate-question-question-3 = Quelles questions sur l’équipe ou le travail vous auraient mieux servi?
gaffe-inappropriate-question-on-hand = trois questions sur l’équipe, le travail et la façon dont on mesure le succès

## weak_behavioral_answer
gaffe-weak-behavioral-answer-title = Réponse comportementale faible
gaffe-weak-behavioral-answer-label = réponse comportementale faible
gaffe-weak-behavioral-answer-description = Vous avez donné une réponse mince ou peu convaincante à une question de mise en situation, par exemple sur la façon de composer avec un collègue difficile.
gaffe-weak-behavioral-answer-prevention = Ayez en tête quatre ou cinq courtes histoires (la situation, ce que vous avez fait, le résultat) sur un conflit, un échec, le leadership et la pression.
gaffe-weak-behavioral-answer-question-1 = Avec le recul, pourquoi la réponse était-elle faible : trop vague, sans exemple ou sans résultat?
gaffe-weak-behavioral-answer-question-2 = Quelle situation réelle de votre travail y aurait répondu, avec ce que vous avez fait et la façon dont ça s’est terminé?
gaffe-weak-behavioral-answer-question-3 = Comment cette réponse a-t-elle pu teinter leur idée de votre façon de travailler avec les autres?
gaffe-weak-behavioral-answer-on-hand = une courte histoire pour chaque thème courant (conflit, échec, leadership, pression), avec le résultat

## late
gaffe-late-title = Arrivée en retard
gaffe-late-label = retard
gaffe-late-description = Arrivée après l’heure convenue, ou connexion tardive à l’appel, suivie d’une entrevue commencée dans la fébrilité.
gaffe-late-prevention = Planifiez le trajet la veille et partez une heure ou deux plus tôt que ce qui vous semble nécessaire.
gaffe-late-question-1 = Combien de minutes de retard aviez-vous, et les avez-vous prévenus avant l’heure du rendez-vous?
gaffe-late-question-2 = Qu’est-ce qui a causé le retard, et qu’est-ce qui dépendait de vous?
gaffe-late-question-3 = À quel point cela a-t-il pesé sur le reste de l’entrevue?
gaffe-late-on-hand = l’adresse, le trajet, le temps de déplacement avec une marge, et un numéro de téléphone à composer en cas de retard

## omitted_key_experience
gaffe-omitted-key-experience-title = Expérience clé passée sous silence
gaffe-omitted-key-experience-label = expérience clé passée sous silence
gaffe-omitted-key-experience-description = Vous avez oublié de mentionner une réalisation ou un pan de votre parcours qui compte pour ce poste.
gaffe-omitted-key-experience-prevention = Dressez la liste des trois éléments de votre expérience qui correspondent le mieux au poste, et cochez-les au fur et à mesure que vous les mentionnez.
gaffe-omitted-key-experience-question-1 = Quelle expérience avez-vous omise, et à quelle question aurait-elle répondu?
gaffe-omitted-key-experience-question-2 = Pourquoi ne vous est-elle pas venue à l’esprit : la nervosité, ou l’absence de liste à consulter?
gaffe-omitted-key-experience-question-3 = Comment la présenteriez-vous maintenant, en une ou deux phrases?
gaffe-omitted-key-experience-on-hand = une courte liste des expériences qui correspondent le mieux au poste, avec un chiffre pour chacune

## misread_body_language
gaffe-misread-body-language-title = Langage corporel inquiétant
gaffe-misread-body-language-label = inquiétude au sujet du langage corporel
gaffe-misread-body-language-description = Un intervieweur a froncé les sourcils, détourné le regard ou semblé s’ennuyer, et vous y avez vu un mauvais signe. On prête généralement à ces signaux bien plus de sens qu’ils n’en ont.
gaffe-misread-body-language-prevention = Jugez le déroulement de l’entrevue d’après ce qui a été dit plutôt que d’après les visages; bien des intervieweurs ont l’air sévère simplement parce qu’ils sont concentrés.
gaffe-misread-body-language-question-1 = Qu’avez-vous vu exactement, et qu’est-ce qui pourrait l’expliquer autrement?
gaffe-misread-body-language-question-2 = Est-ce que quelque chose dans leurs propos allait dans ce sens?
gaffe-misread-body-language-question-3 = Ce regard mis à part, comment s’est déroulée la conversation elle-même?
gaffe-misread-body-language-on-hand = rien de plus que votre préparation habituelle; jugez l’entrevue d’après ce qui a été dit

## technical_blank
gaffe-technical-blank-title = Blocage sur une question technique
gaffe-technical-blank-label = blocage sur une question technique
gaffe-technical-blank-description = Vous n’avez pas réussi à résoudre une question technique, par exemple un problème d’évaluation, de comptabilité ou de modélisation.
gaffe-technical-blank-prevention = Révisez les sujets techniques mentionnés dans l’offre d’emploi, et exercez-vous à raisonner à voix haute : même devant une question difficile, vous proposerez une démarche structurée.
gaffe-technical-blank-question-1 = De quelle question s’agissait-il, et où avez-vous bloqué exactement?
gaffe-technical-blank-question-2 = Qu’auriez-vous dû savoir, ou à quoi auriez-vous dû vous exercer, pour en venir à bout?
gaffe-technical-blank-question-3 = Comment y répondriez-vous maintenant, étape par étape?
gaffe-technical-blank-on-hand = les sujets techniques mentionnés dans l’offre d’emploi, avec un exemple résolu pour chacun

## rambling
gaffe-rambling-title = Réponses décousues
gaffe-rambling-label = réponses décousues
gaffe-rambling-description = Les réponses se sont étirées et ont dérivé de la question posée.
gaffe-rambling-prevention = Exercez-vous à répondre en moins de deux minutes : l’idée principale d’abord, un exemple, puis arrêtez-vous.
gaffe-rambling-question-1 = Quelles réponses se sont étirées, et quelle idée chacune aurait-elle dû faire valoir?
gaffe-rambling-question-2 = Avez-vous perdu le fil, ou multiplié les exemples?
gaffe-rambling-question-3 = Que donnerait chaque réponse en moins de deux minutes?
gaffe-rambling-on-hand = l’idée principale, en une ligne, de chaque réponse que vous prévoyez donner

## badmouthed_employer
gaffe-badmouthed-employer-title = Critique d’un employeur
gaffe-badmouthed-employer-label = critique d’un employeur
gaffe-badmouthed-employer-description = Vous avez critiqué un employeur, un gestionnaire ou un collègue, actuel ou passé.
gaffe-badmouthed-employer-prevention = Préparez une raison neutre et tournée vers l’avenir pour expliquer votre départ, et présentez les difficultés passées sous l’angle de ce qu’elles vous ont appris.
gaffe-badmouthed-employer-question-1 = Qu’avez-vous dit exactement à leur sujet, et qu’est-ce qui a provoqué cette remarque?
gaffe-badmouthed-employer-question-2 = Comment auriez-vous pu répondre à la même question sans critiquer qui que ce soit?
gaffe-badmouthed-employer-question-3 = Comment cela a-t-il pu teinter l’image qu’ils se font de vous au sein d’une équipe?
gaffe-badmouthed-employer-on-hand = une raison neutre et tournée vers l’avenir pour expliquer votre départ, en une phrase

## no_questions_asked
gaffe-no-questions-asked-title = Aucune question à leur poser
gaffe-no-questions-asked-label = aucune question à leur poser
gaffe-no-questions-asked-description = Vous n’aviez rien à demander quand les intervieweurs ont ouvert la période de questions, à la fin.
gaffe-no-questions-asked-prevention = Avant chaque entrevue, rédigez quelques questions sur l’équipe et le travail, et apportez la liste avec vous.
gaffe-no-questions-asked-question-1 = Qu’auriez-vous voulu savoir sur le poste ou l’équipe sans penser à le demander?
gaffe-no-questions-asked-question-2 = Avait-on déjà répondu à vos questions pendant l’entrevue, et l’avez-vous mentionné?
gaffe-no-questions-asked-question-3 = Quelles sont les deux questions qui auraient le mieux montré votre intérêt?
gaffe-no-questions-asked-on-hand = une liste écrite de questions sur l’équipe et le travail

## technical_failure
gaffe-technical-failure-title = Problème technique pendant l’appel
gaffe-technical-failure-label = problème technique pendant l’appel
gaffe-technical-failure-description = Le son, la vidéo ou la connexion a flanché pendant une entrevue à distance.
gaffe-technical-failure-prevention = Vérifiez le lien, la caméra et le micro une demi-heure à l’avance, et gardez sous la main le numéro d’accès téléphonique de la réunion, au cas où la connexion tomberait.
gaffe-technical-failure-question-1 = Qu’est-ce qui a fait défaut, et pendant combien de temps?
gaffe-technical-failure-question-2 = Qu’avez-vous fait pour vous en sortir : vous reconnecter, passer au téléphone, les prévenir?
gaffe-technical-failure-question-3 = Quelque chose d’important s’est-il perdu à cause de cela?
gaffe-technical-failure-on-hand = le lien de la réunion, un équipement vérifié et, en solution de rechange, le numéro d’accès téléphonique de la réunion

## factual_error_about_company
gaffe-factual-error-about-company-title = Fait erroné sur l’entreprise
gaffe-factual-error-about-company-label = fait erroné sur l’entreprise
gaffe-factual-error-about-company-description = Vous avez affirmé quelque chose d’inexact au sujet de l’entreprise, de ses résultats ou de ses produits.
gaffe-factual-error-about-company-prevention = La veille, lisez le plus récent rapport annuel de l’entreprise et ses dernières nouvelles, et notez les chiffres que vous pourriez citer.
gaffe-factual-error-about-company-question-1 = Qu’avez-vous affirmé d’inexact, et quelle est l’information exacte?
gaffe-factual-error-about-company-question-2 = A-t-on rectifié, ou l’a-t-on laissé passer?
gaffe-factual-error-about-company-question-3 = Où auriez-vous trouvé le bon chiffre à l’avance?
gaffe-factual-error-about-company-on-hand = les derniers résultats, produits et nouvelles de l’entreprise, avec les chiffres que vous pourriez citer

## unclear_on_role
gaffe-unclear-on-role-title = Flou sur le poste
gaffe-unclear-on-role-label = flou apparent sur le poste
gaffe-unclear-on-role-description = Vous sembliez mal saisir en quoi consiste le travail ou comment il s’inscrit dans l’équipe.
gaffe-unclear-on-role-prevention = Relisez l’offre d’emploi et préparez deux phrases sur le rôle du poste et sur ce qui, dans votre parcours, y correspond.
gaffe-unclear-on-role-question-1 = Sur quel aspect du poste aviez-vous des doutes?
gaffe-unclear-on-role-question-2 = Qu’est-ce qui, dans l’offre ou dans la conversation, aurait pu vous éclairer?
gaffe-unclear-on-role-question-3 = Comment décririez-vous maintenant le poste, et en quoi vous y correspondez, en deux phrases?
gaffe-unclear-on-role-on-hand = l’offre d’emploi, relue, et deux phrases sur le rôle du poste et sur ce qui fait que vous y correspondez
