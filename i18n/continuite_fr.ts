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
</TS>
