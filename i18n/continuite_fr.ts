<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppHeader</name>
    <message>
        <source>Continuité</source>
        <translation>Continuité</translation>
    </message>
    <message>
        <source>%1 · teacher</source>
        <translation>%1 · professeur</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <source>Change person: go back to the profile cards</source>
        <translation>Changer de personne&#xa0;: revenir aux cartes des profils</translation>
    </message>
</context>
<context>
    <name>AssignmentCommand</name>
    <message>
        <source>Create a draft assignment: free text, a file to hand in, or a quiz from a JSON file.</source>
        <translation>Créer un devoir en brouillon&#xa0;: texte libre, fichier à rendre, ou quiz depuis un fichier JSON.</translation>
    </message>
    <message>
        <source>The class (id or name).</source>
        <translation>La classe (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Le titre.</translation>
    </message>
    <message>
        <source>The instructions, a Markdown file (UTF-8).</source>
        <translation>La consigne, un fichier Markdown (UTF-8).</translation>
    </message>
    <message>
        <source>The due date, e.g. 2026-12-04T18:00:00+01:00 or 2026-12-04.</source>
        <translation>La date limite, par exemple 2026-12-04T18:00:00+01:00 ou 2026-12-04.</translation>
    </message>
    <message>
        <source>The lesson it follows.</source>
        <translation>La leçon dont il fait suite.</translation>
    </message>
    <message>
        <source>A quiz file (JSON: questions with choices or accepted answers, and points).</source>
        <translation>Un fichier de quiz (JSON&#xa0;: des questions avec des choix ou des réponses acceptées, et des points).</translation>
    </message>
    <message>
        <source>text (default) or file.</source>
        <translation>text (par défaut) ou file.</translation>
    </message>
    <message>
        <source>A file to attach (repeatable).</source>
        <translation>Un fichier à joindre (option répétable).</translation>
    </message>
    <message>
        <source>The type must be &quot;text&quot;, &quot;file&quot; or &quot;quiz&quot;, not &quot;%1&quot;.</source>
        <translation>Le type doit être «&#xa0;text&#xa0;», «&#xa0;file&#xa0;» ou «&#xa0;quiz&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--quiz makes a quiz: leave out --type %1.</source>
        <translation>--quiz crée un quiz&#xa0;: retirez --type %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3): fix the quiz file.</source>
        <translation>%1 n’est pas du JSON valide (%2 au caractère %3)&#xa0;: corrigez le fichier du quiz.</translation>
    </message>
    <message>
        <source>%1 is not a quiz: it must be a JSON object with a &quot;questions&quot; list.</source>
        <translation>%1 n’est pas un quiz&#xa0;: il doit s’agir d’un objet JSON avec une liste «&#xa0;questions&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2026-12-04T18:00:00+01:00 or 2026-12-04.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez-la comme 2026-12-04T18:00:00+01:00 ou 2026-12-04.</translation>
    </message>
    <message>
        <source>Created the draft assignment &quot;%1&quot; (id %2); publish it with &quot;assignment publish %2&quot;.</source>
        <translation>Devoir «&#xa0;%1&#xa0;» créé en brouillon (identifiant %2)&#xa0;; publiez-le avec «&#xa0;assignment publish %2&#xa0;».</translation>
    </message>
    <message>
        <source>Publish an assignment to its class.</source>
        <translation>Publier un devoir pour sa classe.</translation>
    </message>
    <message>
        <source>Published &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» est publié.</translation>
    </message>
    <message>
        <source>An assignment&apos;s instructions and questions (a teacher also sees the answers).</source>
        <translation>La consigne et les questions d’un devoir (un professeur voit aussi les réponses).</translation>
    </message>
    <message>
        <source>There is no assignment %1 for you here: see &quot;assignment list&quot;.</source>
        <translation>Il n’y a pas de devoir %1 pour vous ici&#xa0;: voyez «&#xa0;assignment list&#xa0;».</translation>
    </message>
    <message>
        <source>Assignments by due date (students see published ones).</source>
        <translation>Les devoirs par date limite (les élèves voient ceux qui sont publiés).</translation>
    </message>
    <message>
        <source>Only this class (id or name).</source>
        <translation>Seulement cette classe (identifiant ou nom).</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>à rendre le %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>No assignment yet.</source>
        <translation>Pas encore de devoir.</translation>
    </message>
    <message>
        <source>Type: %1 · due %2 · %3 · id %4</source>
        <translation>Type&#xa0;: %1 · à rendre le %2 · %3 · identifiant %4</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>Quiz (%1 points):</source>
        <translation>Quiz (%1 points)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1&#xa0;pt</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>acceptées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>No file for this lesson.</source>
        <translation>Aucun fichier pour cette leçon.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1&#xa0;octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1&#xa0;Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1&#xa0;Go</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · not downloaded yet</source>
        <translation>%1 · %2 · pas encore téléchargé</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Invalid change: %1</source>
        <translation>Modification invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not queue the change for sending</source>
        <translation>Impossible de mettre la modification en attente d’envoi</translation>
    </message>
    <message>
        <source>Unknown kind of change: %1</source>
        <translation>Type de modification inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not record the change</source>
        <translation>Impossible d’enregistrer la modification</translation>
    </message>
    <message>
        <source>Could not save the %1</source>
        <translation>Impossible d’enregistrer (%1)</translation>
    </message>
    <message>
        <source>Could not read the %1</source>
        <translation>Impossible de lire (%1)</translation>
    </message>
    <message>
        <source>Could not keep the previous value</source>
        <translation>Impossible de conserver la valeur précédente</translation>
    </message>
    <message>
        <source>Could not keep the losing value</source>
        <translation>Impossible de conserver la valeur écartée</translation>
    </message>
    <message>
        <source>Could not update the outbox</source>
        <translation>Impossible de mettre à jour la file d’envoi</translation>
    </message>
    <message>
        <source>Could not store the device key</source>
        <translation>Impossible d’enregistrer la clé de l’appareil</translation>
    </message>
</context>
<context>
    <name>ClassCommand</name>
    <message>
        <source>Create a class; you are its teacher.</source>
        <translation>Créer une classe&#xa0;; vous en êtes le professeur.</translation>
    </message>
    <message>
        <source>The class&apos;s name, e.g. &quot;6e B — Mathématiques&quot;.</source>
        <translation>Le nom de la classe, par exemple «&#xa0;6e B — Mathématiques&#xa0;».</translation>
    </message>
    <message>
        <source>Created the class %1 (id %2).</source>
        <translation>Classe %1 créée (identifiant %2).</translation>
    </message>
    <message>
        <source>Your classes.</source>
        <translation>Vos classes.</translation>
    </message>
    <message>
        <source>No class yet.</source>
        <translation>Pas encore de classe.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The data folder (the store and its media).</source>
        <translation>Le dossier des données (la base et ses médias).</translation>
    </message>
    <message>
        <source>Act as this profile for this command.</source>
        <translation>Agir avec ce profil pour cette commande.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l’aide.</translation>
    </message>
    <message>
        <source>Usage: continuite-cli [--data DIR] [--user LOGIN] COMMAND … [--json]</source>
        <translation>Utilisation&#xa0;: continuite-cli [--data DOSSIER] [--user IDENTIFIANT] COMMANDE … [--json]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>The data folder defaults to %1. Exit status: 0 done, 1 an error to fix (the message says how), 2 bad usage.</source>
        <translation>Le dossier des données est par défaut %1. Code de sortie&#xa0;: 0 fait, 1 une erreur à corriger (le message dit comment), 2 mauvaise utilisation.</translation>
    </message>
    <message>
        <source>Which command? See the list below.</source>
        <translation>Quelle commande&#xa0;? Voyez la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation>«&#xa0;%1&#xa0;» demande une sous-commande.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 demande une valeur.</translation>
    </message>
    <message>
        <source>Missing argument: see the usage below.</source>
        <translation>Argument manquant&#xa0;: voyez l’utilisation ci-dessous.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Trop d’arguments&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Il manque --%1.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est donné plusieurs fois.</translation>
    </message>
    <message>
        <source>--data needs a folder.</source>
        <translation>--data demande un dossier.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; on this device: see &quot;profile list&quot;.</source>
        <translation>Il n’y a pas de profil «&#xa0;%1&#xa0;» sur cet appareil&#xa0;: voyez «&#xa0;profile list&#xa0;».</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>Code PIN de %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1 is protected: type the PIN or password on standard input, or set CONTINUITE_SECRET.</source>
        <translation>%1 est protégé&#xa0;: tapez le code PIN ou le mot de passe sur l’entrée standard, ou définissez CONTINUITE_SECRET.</translation>
    </message>
    <message>
        <source>No profile is selected: run &quot;profile switch LOGIN&quot; or add --user LOGIN.</source>
        <translation>Aucun profil n’est choisi&#xa0;: lancez «&#xa0;profile switch IDENTIFIANT&#xa0;» ou ajoutez --user IDENTIFIANT.</translation>
    </message>
    <message>
        <source>The file %1 does not exist: check the path.</source>
        <translation>Le fichier %1 n’existe pas&#xa0;: vérifiez le chemin.</translation>
    </message>
    <message>
        <source>%1 is not a file: give the path of a file.</source>
        <translation>%1 n’est pas un fichier&#xa0;: donnez le chemin d’un fichier.</translation>
    </message>
    <message>
        <source>%1 is too large (%2; the limit is %3): compress it or split it.</source>
        <translation>%1 est trop volumineux (%2&#xa0;; la limite est de %3)&#xa0;: compressez-le ou découpez-le.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): check its permissions.</source>
        <translation>Impossible de lire %1 (%2)&#xa0;: vérifiez ses droits.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was changed.</source>
        <translation>Le disque est plein&#xa0;: libérez de la place, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The store is busy in another program: try again in a moment. Nothing was changed.</source>
        <translation>Les données sont occupées par un autre programme&#xa0;: réessayez dans un instant. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The store is read-only: check the folder&apos;s permissions. Nothing was changed.</source>
        <translation>Les données sont en lecture seule&#xa0;: vérifiez les droits du dossier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk could not be written (full or failing?): nothing was changed.</source>
        <translation>Impossible d’écrire sur le disque (plein ou défaillant&#xa0;?)&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed. (%1)</source>
        <translation>Rien n’a été modifié. (%1)</translation>
    </message>
    <message>
        <source>Could not start writing</source>
        <translation>Impossible de commencer l’écriture</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check its permissions.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: vérifiez ses droits.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: check its permissions.</source>
        <translation>Impossible de lire %1&#xa0;: vérifiez ses droits.</translation>
    </message>
    <message>
        <source>%1 is not a Continuité store (not a SQLite file, or damaged). It was left untouched.</source>
        <translation>%1 n’est pas un fichier de données Continuité (pas un fichier SQLite, ou endommagé). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Continuité store (%2). It was left untouched.</source>
        <translation>%1 est endommagé ou n’est pas un fichier de données Continuité (%2). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file from another program, not a Continuité store. It was left untouched.</source>
        <translation>%1 est un fichier SQLite d’un autre programme, pas un fichier de données Continuité. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Continuité (schema %1, this program knows %2): update Continuité. The store was left untouched.</source>
        <translation>Ces données viennent d’une version plus récente de Continuité (schéma %1, ce programme connaît le %2)&#xa0;: mettez Continuité à jour. Les données n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>Impossible d’ouvrir %1 en écriture&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not back up the store before upgrading it</source>
        <translation>Impossible de sauvegarder les données avant leur mise à jour</translation>
    </message>
    <message>
        <source>Could not upgrade the store to schema %1</source>
        <translation>Impossible de mettre les données à jour vers le schéma %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Load the demo course (a 6e maths sequence on fractions) into the store; loading twice changes nothing.</source>
        <translation>Charger le cours de démonstration (une séquence de maths de 6e sur les fractions)&#xa0;; le charger deux fois ne change rien.</translation>
    </message>
    <message>
        <source>Teacher: %1 (password %2)</source>
        <translation>Professeur&#xa0;: %1 (mot de passe %2)</translation>
    </message>
    <message>
        <source>Student: %1, %2 (PIN %3)</source>
        <translation>Élève&#xa0;: %1, %2 (code PIN %3)</translation>
    </message>
    <message>
        <source>The demo course &quot;%1&quot; is already in this store: nothing was changed.</source>
        <translation>Le cours de démonstration «&#xa0;%1&#xa0;» est déjà dans ces données&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Loaded the demo course &quot;%1&quot;: %2 lessons, %3 assignments, published.</source>
        <translation>Cours de démonstration «&#xa0;%1&#xa0;» chargé&#xa0;: %2 leçons, %3 devoirs, publiés.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>The demo course is incomplete (%1): reinstall Continuité.</source>
        <translation>Le cours de démonstration est incomplet (%1)&#xa0;: réinstallez Continuité.</translation>
    </message>
    <message>
        <source>Could not unpack the demo course into a temporary folder: check the free space in %1.</source>
        <translation>Impossible de décompresser le cours de démonstration dans un dossier temporaire&#xa0;: vérifiez la place libre dans %1.</translation>
    </message>
    <message>
        <source>This store already has a profile &quot;%1&quot; that is not the demo&apos;s: load the demo in another data folder.</source>
        <translation>Ces données ont déjà un profil «&#xa0;%1&#xa0;» qui n’est pas celui de la démonstration&#xa0;: chargez la démonstration dans un autre dossier de données.</translation>
    </message>
    <message>
        <source>The demo student %1: %2</source>
        <translation>L’élève de démonstration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo lesson &quot;%1&quot;: %2</source>
        <translation>La leçon de démonstration «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo assignment &quot;%1&quot;: %2</source>
        <translation>Le devoir de démonstration «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo course was not loaded: %1</source>
        <translation>Le cours de démonstration n’a pas été chargé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackCommand</name>
    <message>
        <source>Comment (and score) one version of a student&apos;s work.</source>
        <translation>Commenter (et noter) une version du travail d’un élève.</translation>
    </message>
    <message>
        <source>The submission (one version&apos;s id).</source>
        <translation>La copie (l’identifiant d’une version).</translation>
    </message>
    <message>
        <source>Another version of the same student&apos;s work, by number (1 is the first).</source>
        <translation>Une autre version du travail du même élève, par numéro (1 est la première).</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Le commentaire.</translation>
    </message>
    <message>
        <source>The score, e.g. 8.5.</source>
        <translation>La note, par exemple 8.5.</translation>
    </message>
    <message>
        <source>There is no submission %1 here: see &quot;submission list --assignment A&quot;.</source>
        <translation>Il n’y a pas de copie %1 ici&#xa0;: voyez «&#xa0;submission list --assignment A&#xa0;».</translation>
    </message>
    <message>
        <source>There is no version %1 of this work (versions 1 to %2).</source>
        <translation>Il n’y a pas de version %1 de ce travail (versions 1 à %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: write a number such as 8.5.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une note&#xa0;: écrivez un nombre comme 8.5.</translation>
    </message>
    <message>
        <source>Feedback saved (score %1).</source>
        <translation>Retour enregistré (note %1).</translation>
    </message>
    <message>
        <source>The feedback on one version of a student&apos;s work.</source>
        <translation>Les retours sur une version du travail d’un élève.</translation>
    </message>
    <message>
        <source>The submission.</source>
        <translation>La copie.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Pas encore de retour.</translation>
    </message>
</context>
<context>
    <name>LessonCard</name>
    <message>
        <source>Lesson %1: %2, %3</source>
        <translation>Leçon %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>in class %1</source>
        <translation>en classe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n fichier joint</numerusform>
            <numerusform>%n fichiers joints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonCommand</name>
    <message>
        <source>Status: %1 · planned %2 · id %3</source>
        <translation>État&#xa0;: %1 · prévue le %2 · identifiant %3</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Before class</source>
        <translation>Avant la classe</translation>
    </message>
    <message>
        <source>In class</source>
        <translation>En classe</translation>
    </message>
    <message>
        <source>After class</source>
        <translation>Après la classe</translation>
    </message>
    <message>
        <source>Attachments (%1):</source>
        <translation>Fichiers joints (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Create a draft lesson from Markdown: &quot;## Avant la classe / En classe / Après la classe&quot; sections; linked images are attached.</source>
        <translation>Créer une leçon en brouillon depuis du Markdown&#xa0;: des sections «&#xa0;## Avant la classe / En classe / Après la classe&#xa0;»&#xa0;; les images liées sont jointes.</translation>
    </message>
    <message>
        <source>The class (id or name).</source>
        <translation>La classe (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The title (default: the file&apos;s &quot;# Title&quot;).</source>
        <translation>Le titre (par défaut&#xa0;: le «&#xa0;# Titre&#xa0;» du fichier).</translation>
    </message>
    <message>
        <source>The lesson&apos;s Markdown file (UTF-8).</source>
        <translation>Le fichier Markdown de la leçon (UTF-8).</translation>
    </message>
    <message>
        <source>A file to attach (repeatable).</source>
        <translation>Un fichier à joindre (option répétable).</translation>
    </message>
    <message>
        <source>The planned date.</source>
        <translation>La date prévue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Created the draft lesson &quot;%1&quot; (id %2) with %3 attachments; publish it with &quot;lesson publish %2&quot;.</source>
        <translation>Leçon «&#xa0;%1&#xa0;» créée en brouillon (identifiant %2) avec %3 fichiers joints&#xa0;; publiez-la avec «&#xa0;lesson publish %2&#xa0;».</translation>
    </message>
    <message>
        <source>Attach files to a lesson (stored once, by content).</source>
        <translation>Joindre des fichiers à une leçon (stockés une seule fois, selon leur contenu).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now has %2 attachments.</source>
        <translation>«&#xa0;%1&#xa0;» a maintenant %2 fichiers joints.</translation>
    </message>
    <message>
        <source>Publish a lesson: its class&apos;s students see it at their next sync.</source>
        <translation>Publier une leçon&#xa0;: les élèves de la classe la verront à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Published &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» est publiée.</translation>
    </message>
    <message>
        <source>A lesson&apos;s sections and attachments (with SHA-256, size and type).</source>
        <translation>Les sections et les fichiers joints d’une leçon (avec SHA-256, taille et type).</translation>
    </message>
    <message>
        <source>There is no lesson %1 for you here: see &quot;lesson list&quot;.</source>
        <translation>Il n’y a pas de leçon %1 pour vous ici&#xa0;: voyez «&#xa0;lesson list&#xa0;».</translation>
    </message>
    <message>
        <source>Lessons in sequence order (students see published ones).</source>
        <translation>Les leçons dans l’ordre de la séquence (les élèves voient celles qui sont publiées).</translation>
    </message>
    <message>
        <source>Only this class (id or name).</source>
        <translation>Seulement cette classe (identifiant ou nom).</translation>
    </message>
    <message>
        <source>No lesson yet.</source>
        <translation>Pas encore de leçon.</translation>
    </message>
</context>
<context>
    <name>LessonList</name>
    <message>
        <source>Lessons of my classes</source>
        <translation>Les leçons de mes classes</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Mes leçons</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are only visible to you until you publish them.</source>
        <translation>Les brouillons ne sont visibles que par vous tant que vous ne les publiez pas.</translation>
    </message>
    <message>
        <source>Read the “Before class” part at home, before the lesson day.</source>
        <translation>Lis la partie «&#xa0;Avant la classe&#xa0;» à la maison, avant le jour de la leçon.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>No lesson yet. Create one with continuite-cli (lesson create), then publish it.</source>
        <translation>Pas encore de leçon. Créez-en une avec continuite-cli (lesson create), puis publiez-la.</translation>
    </message>
    <message>
        <source>No lesson yet. Your teacher has not published anything for your class: come back after the next sync.</source>
        <translation>Pas encore de leçon. Ton professeur n’a encore rien publié pour ta classe&#xa0;: reviens après la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>LessonModel</name>
    <message>
        <source>To read</source>
        <translation>À lire</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>This lesson is not on this device, or it is not published yet. Go back to the list and sync.</source>
        <translation>Cette leçon n’est pas sur cet appareil, ou elle n’est pas encore publiée. Reviens à la liste et synchronise.</translation>
    </message>
</context>
<context>
    <name>LessonReaderPage</name>
    <message>
        <source>‹ Lessons</source>
        <translation>‹ Leçons</translation>
    </message>
    <message>
        <source>Back to the list of lessons</source>
        <translation>Revenir à la liste des leçons</translation>
    </message>
    <message>
        <source>Lesson not available</source>
        <translation>Leçon indisponible</translation>
    </message>
    <message>
        <source>%1  ·  in class %2</source>
        <translation>%1  ·  en classe %2</translation>
    </message>
    <message>
        <source>Parts of the lesson</source>
        <translation>Parties de la leçon</translation>
    </message>
    <message>
        <source>1 · Before class</source>
        <translation>1 · Avant la classe</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>à la maison</translation>
    </message>
    <message>
        <source>2 · In class</source>
        <translation>2 · En classe</translation>
    </message>
    <message>
        <source>with the teacher</source>
        <translation>avec le professeur</translation>
    </message>
    <message>
        <source>3 · After class</source>
        <translation>3 · Après la classe</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>exercices</translation>
    </message>
    <message>
        <source>Before class</source>
        <translation>Avant la classe</translation>
    </message>
    <message>
        <source>In class</source>
        <translation>En classe</translation>
    </message>
    <message>
        <source>After class</source>
        <translation>Après la classe</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>✓ Lesson done</source>
        <translation>✓ Leçon terminée</translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation>J’ai fini cette leçon</translation>
    </message>
    <message>
        <source>Lesson marked as done</source>
        <translation>Leçon marquée comme terminée</translation>
    </message>
    <message>
        <source>Mark this lesson as done</source>
        <translation>Marquer cette leçon comme terminée</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Continuité — %1</source>
        <translation>Continuité — %1</translation>
    </message>
    <message>
        <source>Continuité</source>
        <translation>Continuité</translation>
    </message>
</context>
<context>
    <name>MarkdownSection</name>
    <message>
        <source>*Nothing in this part.*</source>
        <translation>*Rien dans cette partie.*</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is too large (%2; the limit is %3): a household on mobile data could not download it. Compress it or split it.</source>
        <translation>%1 est trop volumineux (%2&#xa0;; la limite est de %3)&#xa0;: une famille qui n’a que des données mobiles ne pourrait pas le télécharger. Compressez-le ou découpez-le.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the media folder in %1: check its permissions.</source>
        <translation>Impossible de créer le dossier des médias dans %1&#xa0;: vérifiez ses droits.</translation>
    </message>
    <message>
        <source>Not enough free disk space for %1 (%2 needed, %3 free): free some space, then try again.</source>
        <translation>Pas assez de place sur le disque pour %1 (%2 nécessaires, %3 libres)&#xa0;: libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot write in the media folder: %1</source>
        <translation>Impossible d’écrire dans le dossier des médias&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not copy %1 (disk full?): %2. Nothing was changed.</source>
        <translation>Impossible de copier %1 (disque plein&#xa0;?)&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not copy %1: %2. Nothing was changed.</source>
        <translation>Impossible de copier %1&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not store %1 in the media folder.</source>
        <translation>Impossible de ranger %1 dans le dossier des médias.</translation>
    </message>
    <message>
        <source>The received file is damaged (its SHA-256 does not match): it was not stored.</source>
        <translation>Le fichier reçu est endommagé (son SHA-256 ne correspond pas)&#xa0;: il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The file is too large (%1; the limit is %2).</source>
        <translation>Le fichier est trop volumineux (%1&#xa0;; la limite est de %2).</translation>
    </message>
    <message>
        <source>Could not store the file (disk full?): %1</source>
        <translation>Impossible d’enregistrer le fichier (disque plein&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a SHA-256: %1</source>
        <translation>Ce n’est pas un SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file %1 is not on this device yet: sync to fetch it.</source>
        <translation>Le fichier %1 n’est pas encore sur cet appareil&#xa0;: synchronisez pour le récupérer.</translation>
    </message>
    <message>
        <source>The file %1 is damaged on this device: it will be fetched again at the next sync.</source>
        <translation>Le fichier %1 est endommagé sur cet appareil&#xa0;: il sera récupéré à nouveau à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>PdfViewerPage</name>
    <message>
        <source>‹ Back to the lesson</source>
        <translation>‹ Revenir à la leçon</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1 · %n page</numerusform>
            <numerusform>%1 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be opened: the file may be damaged. Sync again to download it anew.</source>
        <translation>Ce PDF n’a pas pu être ouvert&#xa0;: le fichier est peut-être endommagé. Synchronise à nouveau pour le télécharger de nouveau.</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>%1, %2, used this device last</source>
        <translation>%1, %2, dernière personne à avoir utilisé cet appareil</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · last here</source>
        <translation>%1 · dernière connexion</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Continuité</source>
        <translation>Continuité</translation>
    </message>
    <message>
        <source>Who is working today?</source>
        <translation>Qui travaille aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Choose your card, then type your PIN. Teachers type their password.</source>
        <translation>Choisis ta carte, puis tape ton code PIN. Les professeurs tapent leur mot de passe.</translation>
    </message>
    <message>
        <source>People on this device</source>
        <translation>Personnes sur cet appareil</translation>
    </message>
    <message>
        <source>Nobody uses this device yet. Ask your teacher for your login card, or start the app with --demo to try it.</source>
        <translation>Personne n’utilise encore cet appareil. Demande ta carte de connexion à ton professeur, ou lance l’application avec --demo pour l’essayer.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Add a person to this device; their PIN or password is read from stdin (a teacher needs one).</source>
        <translation>Ajouter une personne sur cet appareil&#xa0;; son code PIN ou son mot de passe est lu sur l’entrée standard (obligatoire pour un professeur).</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>L’identifiant.</translation>
    </message>
    <message>
        <source>The name shown.</source>
        <translation>Le nom affiché.</translation>
    </message>
    <message>
        <source>teacher or student.</source>
        <translation>teacher (professeur) ou student (élève).</translation>
    </message>
    <message>
        <source>The person&apos;s id, when they already exist (a student added to a class).</source>
        <translation>L’identifiant de la personne, quand elle existe déjà (un élève ajouté à une classe).</translation>
    </message>
    <message>
        <source>Read the PIN or password from stdin (or $CONTINUITE_SECRET).</source>
        <translation>Lire le code PIN ou le mot de passe sur l’entrée standard (ou dans $CONTINUITE_SECRET).</translation>
    </message>
    <message>
        <source>The role must be &quot;teacher&quot; or &quot;student&quot;, not &quot;%1&quot;.</source>
        <translation>Le rôle doit être «&#xa0;teacher&#xa0;» ou «&#xa0;student&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>PIN or password: </source>
        <translation>Code PIN ou mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>No PIN or password on standard input: type it there, or set CONTINUITE_SECRET.</source>
        <translation>Aucun code PIN ni mot de passe sur l’entrée standard&#xa0;: tapez-le, ou définissez CONTINUITE_SECRET.</translation>
    </message>
    <message>
        <source>A teacher&apos;s profile needs a password: add --secret-stdin and type it on standard input.</source>
        <translation>Le profil d’un professeur a besoin d’un mot de passe&#xa0;: ajoutez --secret-stdin et tapez-le sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Added the %1 profile %2 (%3).</source>
        <translation>Profil %1 %2 ajouté (%3).</translation>
    </message>
    <message>
        <source>The profiles on this device; * marks the active one.</source>
        <translation>Les profils de cet appareil&#xa0;; * marque le profil actif.</translation>
    </message>
    <message>
        <source>No profile on this device yet: add one with &quot;profile add&quot;, or load the demo with &quot;demo load&quot;.</source>
        <translation>Pas encore de profil sur cet appareil&#xa0;: ajoutez-en un avec «&#xa0;profile add&#xa0;», ou chargez la démonstration avec «&#xa0;demo load&#xa0;».</translation>
    </message>
    <message>
        <source>Become this profile on this device; their PIN or password is read from stdin.</source>
        <translation>Passer à ce profil sur cet appareil&#xa0;; son code PIN ou son mot de passe est lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; on this device: see &quot;profile list&quot;.</source>
        <translation>Il n’y a pas de profil «&#xa0;%1&#xa0;» sur cet appareil&#xa0;: voyez «&#xa0;profile list&#xa0;».</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>Code PIN de %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1 is protected: type the PIN or password on standard input, or set CONTINUITE_SECRET.</source>
        <translation>%1 est protégé&#xa0;: tapez le code PIN ou le mot de passe sur l’entrée standard, ou définissez CONTINUITE_SECRET.</translation>
    </message>
    <message>
        <source>You are now %1 (%2) on this device.</source>
        <translation>Vous êtes maintenant %1 (%2) sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Teacher</source>
        <translation>Professeur</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
</context>
<context>
    <name>ProgressCommand</name>
    <message>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>Lesson completed (%1 min spent).</source>
        <translation>Leçon terminée (%1&#xa0;min passées).</translation>
    </message>
    <message>
        <source>Lesson opened (%1 min spent).</source>
        <translation>Leçon ouverte (%1&#xa0;min passées).</translation>
    </message>
    <message>
        <source>Time spent to add, in seconds.</source>
        <translation>Temps passé à ajouter, en secondes.</translation>
    </message>
    <message>
        <source>Mark a lesson as opened (a student), adding time spent.</source>
        <translation>Marquer une leçon comme ouverte (un élève), en ajoutant le temps passé.</translation>
    </message>
    <message>
        <source>Mark a lesson as completed (a student).</source>
        <translation>Marquer une leçon comme terminée (un élève).</translation>
    </message>
    <message>
        <source>Progress on the lessons: a student&apos;s own, or a teacher&apos;s whole class.</source>
        <translation>La progression dans les leçons&#xa0;: celle d’un élève, ou toute la classe pour un professeur.</translation>
    </message>
    <message>
        <source>Only this lesson.</source>
        <translation>Seulement cette leçon.</translation>
    </message>
    <message>
        <source>There is no lesson %1 for you here: see &quot;lesson list&quot;.</source>
        <translation>Il n’y a pas de leçon %1 pour vous ici&#xa0;: voyez «&#xa0;lesson list&#xa0;».</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>pas ouverte</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Aucune progression enregistrée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>QuizText</name>
    <message>
        <source>The quiz has no &quot;questions&quot; list.</source>
        <translation>Le quiz n’a pas de liste «&#xa0;questions&#xa0;».</translation>
    </message>
    <message>
        <source>The quiz has more than 200 questions.</source>
        <translation>Le quiz a plus de 200 questions.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>it needs a short &quot;id&quot;.</source>
        <translation>il lui faut un «&#xa0;id&#xa0;» court.</translation>
    </message>
    <message>
        <source>its &quot;id&quot; is used twice.</source>
        <translation>son «&#xa0;id&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>the &quot;prompt&quot; is empty.</source>
        <translation>l’énoncé («&#xa0;prompt&#xa0;») est vide.</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be between 0 and 1000.</source>
        <translation>«&#xa0;points&#xa0;» doit être compris entre 0 et 1000.</translation>
    </message>
    <message>
        <source>a choice question needs at least two &quot;choices&quot;.</source>
        <translation>une question à choix doit proposer au moins deux «&#xa0;choices&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;correct&quot; must list indexes of choices, from 0.</source>
        <translation>«&#xa0;correct&#xa0;» doit lister des numéros de choix, à partir de 0.</translation>
    </message>
    <message>
        <source>&quot;correct&quot; must name at least one right choice.</source>
        <translation>«&#xa0;correct&#xa0;» doit indiquer au moins une bonne réponse.</translation>
    </message>
    <message>
        <source>a short-answer question needs &quot;accepted&quot; answers.</source>
        <translation>une question à réponse courte a besoin de réponses acceptées («&#xa0;accepted&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;choice&quot; or &quot;short&quot;.</source>
        <translation>«&#xa0;type&#xa0;» doit valoir «&#xa0;choice&#xa0;» ou «&#xa0;short&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SecretEntry</name>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>Code PIN de %1</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ton mot de passe</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation>4 chiffres</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the space of %1</source>
        <translation>Ouvrir l’espace de %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the profile cards</source>
        <translation>Revenir aux cartes des profils</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No folder was given for the data: start the app with --data FOLDER.</source>
        <translation>Aucun dossier de données n’a été indiqué&#xa0;: lancez l’application avec --data DOSSIER.</translation>
    </message>
    <message>
        <source>The data folder could not be opened, so nobody can sign in. Check the folder and restart.</source>
        <translation>Le dossier de données n’a pas pu être ouvert, personne ne peut donc se connecter. Vérifiez le dossier et relancez.</translation>
    </message>
    <message>
        <source>Type your password, then press Enter.</source>
        <translation>Tape ton mot de passe, puis appuie sur Entrée.</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation>Tape ton code PIN, puis appuie sur Entrée.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>What this device has not sent yet (for the acting profile), and who acts.</source>
        <translation>Ce que cet appareil n’a pas encore envoyé (pour le profil actif), et qui agit.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1 (refused by the hub: %2)</source>
        <translation>Modifications en attente d’envoi&#xa0;: %1 (refusées par le serveur&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Hub: not connected yet · last sync: never</source>
        <translation>Serveur&#xa0;: pas encore connecté · dernière synchronisation&#xa0;: jamais</translation>
    </message>
    <message>
        <source>Device: %1 · store: %2 (schema %3)</source>
        <translation>Appareil&#xa0;: %1 · données&#xa0;: %2 (schéma %3)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Could not initialise the store</source>
        <translation>Impossible d’initialiser les données</translation>
    </message>
    <message>
        <source>Could not initialise the store: %1</source>
        <translation>Impossible d’initialiser les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>No profile is selected: choose who you are first (profile switch).</source>
        <translation>Aucun profil n’est choisi&#xa0;: indiquez d’abord qui vous êtes (profile switch).</translation>
    </message>
    <message>
        <source>Only a teacher can do this; %1 is a student profile.</source>
        <translation>Seul un professeur peut faire cela&#xa0;; %1 est un profil d’élève.</translation>
    </message>
    <message>
        <source>There is no class %1 here: check the id with &quot;class list&quot;.</source>
        <translation>Il n’y a pas de classe %1 ici&#xa0;: vérifiez l’identifiant avec «&#xa0;class list&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not a teacher of this class.</source>
        <translation>%1 n’enseigne pas dans cette classe.</translation>
    </message>
    <message>
        <source>The %1 needs a title.</source>
        <translation>Il faut donner un titre à %1.</translation>
    </message>
    <message>
        <source>The title is too long (%1 characters, at most %2): shorten it.</source>
        <translation>Le titre est trop long (%1 caractères, %2 au plus)&#xa0;: raccourcissez-le.</translation>
    </message>
    <message>
        <source>The image %1 linked in the text: %2</source>
        <translation>L’image %1 citée dans le texte&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login: use letters, digits, dots, dashes (64 at most).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide&#xa0;: utilisez des lettres, des chiffres, des points et des tirets (64 au plus).</translation>
    </message>
    <message>
        <source>A profile needs a name of 1 to %1 characters.</source>
        <translation>Un profil a besoin d’un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>There is already a profile &quot;%1&quot; on this device.</source>
        <translation>Il y a déjà un profil «&#xa0;%1&#xa0;» sur cet appareil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de personne.</translation>
    </message>
    <message>
        <source>A teacher&apos;s password needs at least 6 characters.</source>
        <translation>Le mot de passe d’un professeur doit comporter au moins 6 caractères.</translation>
    </message>
    <message>
        <source>A PIN needs at least 4 digits.</source>
        <translation>Un code PIN doit comporter au moins 4 chiffres.</translation>
    </message>
    <message>
        <source>Could not add the profile</source>
        <translation>Impossible d’ajouter le profil</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; on this device.</source>
        <translation>Il n’y a pas de profil «&#xa0;%1&#xa0;» sur cet appareil.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Mot de passe incorrect pour %1.</translation>
    </message>
    <message>
        <source>Wrong PIN for %1.</source>
        <translation>Code PIN incorrect pour %1.</translation>
    </message>
    <message>
        <source>Could not switch profile</source>
        <translation>Impossible de changer de profil</translation>
    </message>
    <message>
        <source>Only a teacher can create a class.</source>
        <translation>Seul un professeur peut créer une classe.</translation>
    </message>
    <message>
        <source>A class needs a name of 1 to %1 characters.</source>
        <translation>Une classe a besoin d’un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>A student needs a name of 1 to %1 characters.</source>
        <translation>Un élève a besoin d’un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>There is no member %1 here.</source>
        <translation>Il n’y a pas de membre %1 ici.</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>la leçon</translation>
    </message>
    <message>
        <source>There is no lesson %1 here.</source>
        <translation>Il n’y a pas de leçon %1 ici.</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>le devoir</translation>
    </message>
    <message>
        <source>There is no lesson %1 in this class.</source>
        <translation>Il n’y a pas de leçon %1 dans cette classe.</translation>
    </message>
    <message>
        <source>A quiz assignment needs questions (--quiz FILE).</source>
        <translation>Un devoir de type quiz a besoin de questions (--quiz FICHIER).</translation>
    </message>
    <message>
        <source>There is no assignment %1 here.</source>
        <translation>Il n’y a pas de devoir %1 ici.</translation>
    </message>
    <message>
        <source>Only a student can hand in work.</source>
        <translation>Seul un élève peut rendre un travail.</translation>
    </message>
    <message>
        <source>There is no assignment %1 for you here.</source>
        <translation>Il n’y a pas de devoir %1 pour toi ici.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters, at most 262,144).</source>
        <translation>Le texte est trop long (%1 caractères, 262 144 au plus).</translation>
    </message>
    <message>
        <source>Nothing to hand in: write a text, answer the quiz or attach a file.</source>
        <translation>Rien à rendre&#xa0;: écris un texte, réponds au quiz ou joins un fichier.</translation>
    </message>
    <message>
        <source>The quiz has no question &quot;%1&quot;.</source>
        <translation>Le quiz n’a pas de question «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not hand in</source>
        <translation>Impossible de rendre le travail</translation>
    </message>
    <message>
        <source>There is no submission %1 here.</source>
        <translation>Il n’y a pas de copie %1 ici.</translation>
    </message>
    <message>
        <source>The comment is too long (at most 32,768 characters).</source>
        <translation>Le commentaire est trop long (32 768 caractères au plus).</translation>
    </message>
    <message>
        <source>Feedback needs a comment or a score.</source>
        <translation>Un retour a besoin d’un commentaire ou d’une note.</translation>
    </message>
    <message>
        <source>A score must be between 0 and 1000.</source>
        <translation>Une note doit être comprise entre 0 et 1000.</translation>
    </message>
    <message>
        <source>Progress is recorded for students.</source>
        <translation>La progression n’est enregistrée que pour les élèves.</translation>
    </message>
    <message>
        <source>There is no lesson %1 for you here.</source>
        <translation>Il n’y a pas de leçon %1 pour toi ici.</translation>
    </message>
    <message>
        <source>Time spent must be between 0 and 24 hours.</source>
        <translation>Le temps passé doit être compris entre 0 et 24 heures.</translation>
    </message>
    <message>
        <source>Could not save your work</source>
        <translation>Impossible d’enregistrer ton travail</translation>
    </message>
    <message>
        <source>Could not record the file</source>
        <translation>Impossible d’enregistrer le fichier</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Lessons opened</source>
        <translation>Leçons ouvertes</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Leçons terminées</translation>
    </message>
    <message>
        <source>Lessons published</source>
        <translation>Leçons publiées</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Rendus</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
</context>
<context>
    <name>StudentCommand</name>
    <message>
        <source>Add a student to a class: prints their login code and PIN (shown only once: write them on their card).</source>
        <translation>Ajouter un élève à une classe&#xa0;: affiche son code de connexion et son code PIN (montrés une seule fois&#xa0;: notez-les sur sa carte).</translation>
    </message>
    <message>
        <source>The class (id or name).</source>
        <translation>La classe (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The student&apos;s name.</source>
        <translation>Le nom de l’élève.</translation>
    </message>
    <message>
        <source>Added %1: login %2, PIN %3 (write them on their card; the PIN is not shown again).</source>
        <translation>%1 ajouté(e)&#xa0;: identifiant %2, code PIN %3 (notez-les sur sa carte&#xa0;; le code PIN ne sera plus affiché).</translation>
    </message>
    <message>
        <source>The class&apos;s members (a student sees their teachers and themselves).</source>
        <translation>Les membres de la classe (un élève voit ses professeurs et lui-même).</translation>
    </message>
    <message>
        <source>You are not in a class %1: check the id with &quot;class list&quot;.</source>
        <translation>Vous n’êtes pas dans une classe %1&#xa0;: vérifiez l’identifiant avec «&#xa0;class list&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SubmissionCommand</name>
    <message>
        <source>The versions handed in, with their feedback (a student sees only their own).</source>
        <translation>Les versions rendues, avec leurs retours (un élève ne voit que les siennes).</translation>
    </message>
    <message>
        <source>The assignment.</source>
        <translation>Le devoir.</translation>
    </message>
    <message>
        <source>Only this student (a person id).</source>
        <translation>Seulement cet élève (un identifiant de personne).</translation>
    </message>
    <message>
        <source>There is no assignment %1 for you here: see &quot;assignment list&quot;.</source>
        <translation>Il n’y a pas de devoir %1 pour vous ici&#xa0;: voyez «&#xa0;assignment list&#xa0;».</translation>
    </message>
    <message>
        <source>Student %1:</source>
        <translation>Élève %1&#xa0;:</translation>
    </message>
    <message>
        <source>Feedback: %1 (score %2)</source>
        <translation>Retour&#xa0;: %1 (note %2)</translation>
    </message>
    <message>
        <source>Nothing handed in yet.</source>
        <translation>Rien n’a encore été rendu.</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Hand in your work: a new version each time, never replacing the last; quizzes are scored at once.</source>
        <translation>Rendre ton travail&#xa0;: une nouvelle version à chaque fois, sans jamais remplacer la précédente&#xa0;; les quiz sont notés tout de suite.</translation>
    </message>
    <message>
        <source>Your answer as text.</source>
        <translation>Ta réponse, en texte.</translation>
    </message>
    <message>
        <source>Your answer from a text file (UTF-8).</source>
        <translation>Ta réponse, depuis un fichier texte (UTF-8).</translation>
    </message>
    <message>
        <source>Quiz answers, a JSON file: {&quot;q1&quot;: [0], &quot;q2&quot;: &quot;3/4&quot;}.</source>
        <translation>Les réponses au quiz, un fichier JSON&#xa0;: {&quot;q1&quot;: [0], &quot;q2&quot;: &quot;3/4&quot;}.</translation>
    </message>
    <message>
        <source>A file to hand in (repeatable).</source>
        <translation>Un fichier à rendre (option répétable).</translation>
    </message>
    <message>
        <source>Give --text or --text-file, not both.</source>
        <translation>Donne --text ou --text-file, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of answers like {&quot;q1&quot;: [0], &quot;q2&quot;: &quot;3/4&quot;}: fix it.</source>
        <translation>%1 n’est pas un objet JSON de réponses comme {&quot;q1&quot;: [0], &quot;q2&quot;: &quot;3/4&quot;}&#xa0;: corrige-le.</translation>
    </message>
    <message>
        <source>Handed in (kept on this device until the next sync).</source>
        <translation>Rendu (gardé sur cet appareil jusqu’à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>Version %1 · handed in %2 · id %3</source>
        <translation>Version %1 · rendue le %2 · identifiant %3</translation>
    </message>
    <message>
        <source>Automatic score: %1</source>
        <translation>Note automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Réponses&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is too large for a text (%2 KB, at most %3 KB): split it.</source>
        <translation>%1 est trop long pour un texte (%2&#xa0;Ko, %3&#xa0;Ko au plus)&#xa0;: découpez-le.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as UTF-8 in your editor, then try again.</source>
        <translation>%1 n’est pas un texte UTF-8&#xa0;: enregistrez-le en UTF-8 dans votre éditeur, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>WalkthroughCommand</name>
    <message>
        <source>Show the demo course without a display: as the teacher, then as a student who takes the quiz and reads the feedback.</source>
        <translation>Montrer le cours de démonstration sans écran&#xa0;: comme le professeur, puis comme un élève qui fait le quiz et lit le retour.</translation>
    </message>
    <message>
        <source>The demo course &quot;%1&quot; is in this store.</source>
        <translation>Le cours de démonstration «&#xa0;%1&#xa0;» est dans ces données.</translation>
    </message>
    <message>
        <source>Loaded the demo course &quot;%1&quot;.</source>
        <translation>Cours de démonstration «&#xa0;%1&#xa0;» chargé.</translation>
    </message>
    <message>
        <source>As the teacher, %1: the lessons</source>
        <translation>Comme le professeur, %1&#xa0;: les leçons</translation>
    </message>
    <message>
        <source>The demo class has no lessons: load the demo into a new data folder.</source>
        <translation>La classe de démonstration n’a pas de leçon&#xa0;: chargez la démonstration dans un nouveau dossier de données.</translation>
    </message>
    <message>
        <source>The first lesson, as the students will read it</source>
        <translation>La première leçon, telle que les élèves la liront</translation>
    </message>
    <message>
        <source>The assignments</source>
        <translation>Les devoirs</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>à rendre le %1</translation>
    </message>
    <message>
        <source>The demo course has no quiz or no student: load the demo into a new data folder.</source>
        <translation>Le cours de démonstration n’a pas de quiz ou pas d’élève&#xa0;: chargez la démonstration dans un nouveau dossier de données.</translation>
    </message>
    <message>
        <source>As the student %1: the lessons</source>
        <translation>Comme l’élève %1&#xa0;: les leçons</translation>
    </message>
    <message>
        <source>  (%1 reads the first lesson and marks it completed.)</source>
        <translation>  (%1 lit la première leçon et la marque comme terminée.)</translation>
    </message>
    <message>
        <source>The quiz</source>
        <translation>Le quiz</translation>
    </message>
    <message>
        <source>%1 hands in the quiz:</source>
        <translation>%1 rend le quiz&#xa0;:</translation>
    </message>
    <message>
        <source>As the teacher: feedback</source>
        <translation>Comme le professeur&#xa0;: le retour</translation>
    </message>
    <message>
        <source>%1 comments version %2: %3 (score %4)</source>
        <translation>%1 commente la version %2&#xa0;: %3 (note %4)</translation>
    </message>
    <message>
        <source>As the student again: my work and its feedback</source>
        <translation>De nouveau comme l’élève&#xa0;: mon travail et son retour</translation>
    </message>
    <message>
        <source>Feedback: %1 (score %2)</source>
        <translation>Retour&#xa0;: %1 (note %2)</translation>
    </message>
    <message>
        <source>%1 changes are waiting on this device for the next sync.</source>
        <translation>%1 modifications attendent sur cet appareil la prochaine synchronisation.</translation>
    </message>
</context>
</TS>
