"""French word and phrase lists the benchmark generator builds its texts from.

Sentences are assembled as subject + verb + object + complement from these pools, so the
texts read like (repetitive) French and have the token distribution of a real catalogue:
a few words in most rows ("données" in about half of them), many in a few, and the
words of :data:`RARE_WORDS` in a handful of rows each.
"""

from __future__ import annotations

from typing import Final

#: Title openings by AI technique slug (``domain.vocab.TECHNIQUES``).
TECHNIQUE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "chatbot": ("Assistant conversationnel", "Agent conversationnel", "Chatbot municipal", "Assistant virtuel"),
    "generative": ("IA générative", "Assistant de rédaction génératif", "Outil d'IA générative"),
    "prediction": ("Modèle prédictif", "Prévision par apprentissage automatique", "Analyse prédictive"),
    "vision": ("Analyse d'images", "Vision par ordinateur", "Détection automatique par caméra"),
    "nlp": ("Analyse automatique des textes", "Classement automatique des courriers", "Traitement du langage"),
    "speech": ("Transcription automatique", "Reconnaissance vocale", "Compte rendu automatique des séances"),
    "translation": ("Traduction automatique", "Traduction assistée", "Interprétariat automatique"),
    "data_analysis": ("Tableau de bord intelligent", "Analyse de données", "Exploitation des données"),
    "optimisation": ("Optimisation des tournées", "Planification optimisée", "Optimisation automatique"),
    "unspecified": ("Projet d'intelligence artificielle", "Expérimentation d'IA", "Outil numérique intelligent"),
}

#: Title endings by theme slug (``domain.vocab.THEMES``).
THEME_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "public_services": ("pour l'accueil des usagers", "pour répondre aux habitants", "au guichet de la mairie"),
    "administration": ("pour le secrétariat de mairie", "pour les services administratifs", "pour la gestion des courriers"),
    "legal": ("pour sécuriser les actes", "pour l'analyse des délibérations", "pour la veille juridique"),
    "social": ("pour l'action sociale", "au centre communal d'action sociale", "pour l'accès aux droits"),
    "health": ("pour la prévention santé", "pour les maisons de santé", "pour le maintien à domicile"),
    "water": ("pour le réseau d'eau potable", "pour détecter les fuites d'eau", "pour l'assainissement"),
    "environment": ("pour la biodiversité", "pour la qualité de l'air", "pour la gestion des espaces verts"),
    "waste": ("pour le tri des déchets", "pour la collecte des ordures", "pour les déchèteries"),
    "food": ("pour la restauration scolaire", "contre le gaspillage alimentaire", "pour les cantines"),
    "education": ("pour les écoles", "pour le soutien scolaire", "pour les collèges"),
    "culture": ("pour la médiathèque", "pour les archives", "pour les langues régionales"),
    "mobility": ("pour les transports scolaires", "pour le stationnement", "pour la mobilité rurale"),
    "agriculture": ("pour les exploitations agricoles", "pour l'irrigation", "pour les circuits courts"),
    "tourism": ("pour l'office de tourisme", "pour l'accueil des visiteurs", "pour le patrimoine"),
    "economy": ("pour le développement économique", "pour les commerces de centre-bourg", "pour les entreprises"),
    "employment": ("pour l'emploi local", "pour les demandeurs d'emploi", "pour le recrutement"),
    "training": ("pour former les agents", "pour l'acculturation des élus", "pour la formation"),
    "cybersecurity": ("pour la cybersécurité", "contre l'hameçonnage", "pour protéger le système d'information"),
    "data": ("pour les données publiques", "pour la gouvernance des données", "pour l'open data"),
    "research": ("avec l'université", "pour la recherche appliquée", "avec un laboratoire"),
    "energy": ("pour l'éclairage public", "pour la rénovation énergétique", "pour la consommation d'énergie"),
    "industry": ("pour l'industrie locale", "pour les zones d'activités", "pour la maintenance des équipements"),
}

SUBJECTS: Final[tuple[str, ...]] = (
    "La commune", "La mairie", "Le conseil municipal", "La collectivité", "Le service numérique",
    "L'intercommunalité", "Le secrétariat de mairie", "Le département", "La région", "L'équipe projet",
    "Le syndicat mixte", "Le centre communal d'action sociale", "Le service des eaux", "La direction des systèmes d'information",
    "Le pôle technique", "La médiathèque", "Le service urbanisme", "Le service état civil", "Le bureau municipal",
    "L'adjoint au numérique", "Un groupe de communes", "Le prestataire", "Le laboratoire partenaire", "L'agence régionale",
)

VERBS: Final[tuple[str, ...]] = (
    "déploie", "expérimente", "teste", "met en service", "développe", "adopte", "généralise", "évalue",
    "conçoit", "utilise", "mutualise", "pilote", "finance", "accompagne", "étend", "améliore", "lance",
    "déploie progressivement", "a retenu", "a choisi", "a confié à un prestataire", "étudie",
)

OBJECTS: Final[tuple[str, ...]] = (
    "un outil d'analyse des données", "un assistant de réponse aux usagers", "un modèle de prévision des consommations",
    "un service de transcription des conseils municipaux", "un tableau de bord des indicateurs", "un agent conversationnel",
    "une plateforme d'information partagée", "un outil de rédaction des courriers", "un système de détection des anomalies",
    "un traitement automatique des demandes", "un outil de classement des documents", "un algorithme d'optimisation des tournées",
    "un moteur de recherche dans les délibérations", "un modèle de langage souverain", "une application mobile citoyenne",
    "un capteur connecté et son logiciel", "une carte interactive des équipements", "un outil d'aide à la décision",
    "un service de traduction des documents", "une solution de reconnaissance des images", "un entrepôt de données",
    "un guichet numérique", "un outil de suivi des subventions", "une mesure automatique de la fréquentation",
    "un outil de lecture automatique des factures", "un assistant pour les actes d'état civil", "un jumeau numérique du territoire",
    "une base de connaissances interne", "un outil de gestion des signalements", "un logiciel de planification",
)

COMPLEMENTS: Final[tuple[str, ...]] = (
    "afin de réduire les délais de réponse", "pour mieux utiliser les informations disponibles", "avec l'appui d'un prestataire local",
    "dans le respect du règlement général sur la protection des données", "à partir des données ouvertes",
    "en lien avec les communes voisines", "pour soulager les agents des tâches répétitives", "sur l'ensemble du territoire",
    "dans plusieurs services", "pendant une phase d'expérimentation de six mois", "avec un hébergement en France",
    "en associant les habitants", "pour un coût maîtrisé", "grâce à une subvention régionale", "avec le soutien de l'État",
    "en complément des équipes existantes", "selon une charte éthique", "pour fiabiliser les fichiers",
    "après une consultation publique", "en s'appuyant sur l'historique des demandes", "dans les écoles et les équipements sportifs",
    "en partenariat avec l'université", "à l'échelle de l'intercommunalité", "pour anticiper les besoins",
    "dans une démarche de sobriété numérique", "avec une formation des agents", "en garantissant une supervision humaine",
)

PROBLEMS: Final[tuple[str, ...]] = (
    "Le secrétariat de mairie reçoit trop de demandes répétitives pour un effectif réduit.",
    "Les données existent mais restent dispersées entre plusieurs logiciels.",
    "Les habitants attendent une réponse rapide, y compris le soir et le week-end.",
    "Les fuites sur le réseau sont détectées tardivement et coûtent cher.",
    "La rédaction des comptes rendus mobilise les agents pendant plusieurs jours.",
    "Les tournées de collecte sont longues et mal adaptées aux volumes réels.",
    "La commune manque d'expertise juridique pour vérifier ses actes.",
    "Les consommations d'énergie des bâtiments publics sont mal connues.",
    "Les archives papier sont difficiles à consulter et se dégradent.",
    "Les familles non francophones comprennent mal les documents administratifs.",
    "Le suivi des subventions repose sur des tableurs tenus à la main.",
    "Les signalements des habitants arrivent par de nombreux canaux sans suivi commun.",
    "Les agents passent beaucoup de temps à classer les courriers entrants.",
    "La fréquentation des équipements publics n'est pas mesurée de façon fiable.",
)

RESULTS: Final[tuple[str, ...]] = (
    "Le temps de traitement des demandes a baissé d'environ un tiers.",
    "Les agents estiment gagner plusieurs heures par semaine.",
    "Plus de la moitié des questions reçoivent une réponse sans intervention humaine.",
    "Les fuites sont désormais repérées en quelques jours au lieu de plusieurs semaines.",
    "La consommation d'énergie des bâtiments suivis a diminué.",
    "Les habitants jugent le service utile selon une enquête de satisfaction.",
    "Le dispositif doit être étendu à d'autres communes du territoire.",
    "L'évaluation a conduit à arrêter l'expérimentation faute de résultats suffisants.",
    "Les données produites sont publiées en open data.",
    "Les erreurs de saisie ont nettement diminué.",
)

#: Words that appear in a handful of rows each (the "rare word" search figure).
RARE_WORDS: Final[tuple[str, ...]] = (
    "ostréiculture", "transhumance", "estive", "lavoir", "bocage", "tourbière", "garrigue", "santons",
    "lauze", "chaume", "mascaret", "pelote", "calade", "sémaphore", "écluse", "bastide", "lavande",
    "châtaigneraie", "salines", "marais", "bergerie", "moulin", "vendanges", "ardoisière", "pressoir",
    "capitelle", "buron", "mazet", "borie", "fenaison", "ruchers", "apiculture", "pisciculture",
    "cressonnière", "oliveraie", "truffière", "pastoralisme", "alpage", "estuaire", "dunes",
    "falaises", "tourbe", "gabarre", "péniche", "halage", "roselière", "silvopastoralisme",
    "viticulture", "myrtilles", "noyeraie",
)

RARE_SENTENCES: Final[tuple[str, ...]] = (
    "Le projet concerne aussi la filière locale : {word}.",
    "Une attention particulière est portée au site de {word}.",
    "Un volet spécifique traite de la {word} du territoire.",
)

SUPPLIER_PREFIXES: Final[tuple[str, ...]] = (
    "Algo", "Data", "Neo", "Cogni", "Terri", "Civi", "Publi", "Clair", "Vox", "Geo", "Agora", "Numé",
    "Lumi", "Sémaph", "Orbi", "Quanti", "Ville", "Rura", "Aqua", "Éco",
)
SUPPLIER_SUFFIXES: Final[tuple[str, ...]] = (
    "tech", "lab", "ia", "sens", "flux", "nova", "ware", "logic", "scope", "cité", "data", "log",
)
LEGAL_FORMS: Final[tuple[str, ...]] = ("SAS", "SARL", "SA", "SCOP", "")

ASSOCIATION_NAMES: Final[tuple[str, ...]] = (
    "Association des secrétaires de mairie", "Réseau des territoires numériques", "Collectif citoyen pour la donnée",
    "Association des maires ruraux", "Fédération des centres sociaux", "Réseau des médiathèques",
    "Association pour l'inclusion numérique", "Club des acheteurs publics", "Réseau des tiers-lieux",
    "Association des archivistes", "Union des offices de tourisme",
)
RESEARCH_NAMES: Final[tuple[str, ...]] = (
    "Laboratoire d'informatique", "Institut de recherche en sciences des données", "Université",
    "École d'ingénieurs", "Laboratoire d'économie territoriale", "Centre de recherche en IA",
)

PUBLISHERS: Final[tuple[str, ...]] = (
    "Banque des Territoires", "La Gazette des communes", "Ouest-France", "Le Parisien", "Acteurs publics",
    "Maire info", "La Dépêche du Midi", "Le Progrès", "Sud Ouest", "La Voix du Nord", "France 3 Régions",
    "L'Est Républicain", "Les Echos", "Le Courrier des maires", "Localtis", "Le Télégramme", "Nice-Matin",
)
AUTHORS: Final[tuple[str, ...]] = (
    "Camille Martin", "Julien Bernard", "Sophie Thomas", "Nicolas Petit", "Claire Robert", "Thomas Richard",
    "Émilie Durand", "Antoine Dubois", "Laura Moreau", "Hugo Laurent", "Manon Simon", "Lucas Michel",
)
