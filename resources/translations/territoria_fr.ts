<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr_FR">
<context>
    <name>AgencyPage</name>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/packs/agency_page.py" line="264"/>
        <source>%n projet(s) de {0} écrit(s) en brouillons dans {1}.</source>
        <translation>
            <numerusform>%n projet de {0} écrit en brouillon dans {1}.</numerusform>
            <numerusform>%n projets de {0} écrits en brouillons dans {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
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
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/export/controller.py" line="310"/>
        <source>%n filtre(s)</source>
        <translation>
            <numerusform>%n filtre</numerusform>
            <numerusform>%n filtres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/browser/facet_panel.py" line="223"/>
        <source>{0} : %n initiative(s){1}</source>
        <translation>
            <numerusform>{0} : %n initiative{1}</numerusform>
            <numerusform>{0} : %n initiatives{1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
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
</context>
<context>
    <name>ProjectDialog</name>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/projects/form.py" line="277"/>
        <source>%n champ(s) à corriger avant d&apos;enregistrer.</source>
        <translation>
            <numerusform>%n champ à corriger avant d&apos;enregistrer.</numerusform>
            <numerusform>%n champs à corriger avant d&apos;enregistrer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankedList</name>
    <message numerus="yes">
        <location filename="../../src/territoria/ui/commune/ranked_list.py" line="189"/>
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
    <name>SavedSearchesMenu</name>
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
</TS>
