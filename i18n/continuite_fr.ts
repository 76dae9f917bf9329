<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddPersonFlow</name>
    <message>
        <source>Signing in to the classroom…</source>
        <translation>Connexion à la classe…</translation>
    </message>
    <message>
        <source>Signing in to the school&apos;s server…</source>
        <translation>Connexion au serveur de l’école…</translation>
    </message>
    <message>
        <source>The app is not ready to sign in yet: try again in a moment.</source>
        <translation>L’application n’est pas encore prête pour la connexion&#xa0;: réessaie dans un instant.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>AddPersonPage</name>
    <message>
        <source>Welcome! Nobody uses this device yet.</source>
        <translation>Bienvenue&#xa0;! Personne n’utilise encore cet appareil.</translation>
    </message>
    <message>
        <source>Add a person on this device</source>
        <translation>Ajouter une personne sur cet appareil</translation>
    </message>
    <message>
        <source>Type what is written on your login card. This first time needs a network; afterwards your work stays on this device and syncs when it can.</source>
        <translation>Tape ce qui est écrit sur ta carte de connexion. Cette première fois, il faut du réseau&#xa0;; ensuite, ton travail reste sur cet appareil et se synchronise quand c’est possible.</translation>
    </message>
    <message>
        <source>Address of the school&apos;s server</source>
        <translation>Adresse du serveur de l’école</translation>
    </message>
    <message>
        <source>e.g. http://192.168.1.10:8080</source>
        <translation>par ex. http://192.168.1.10:8080</translation>
    </message>
    <message>
        <source>Login code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>e.g. K7PQ2M</source>
        <translation>par ex. K7PQ2M</translation>
    </message>
    <message>
        <source>PIN (teachers: password)</source>
        <translation>Code PIN (professeurs&#xa0;: mot de passe)</translation>
    </message>
    <message>
        <source>Sign in and add</source>
        <translation>Se connecter et ajouter</translation>
    </message>
    <message>
        <source>Sign in to the school&apos;s server and add this person</source>
        <translation>Se connecter au serveur de l’école et ajouter cette personne</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Stop signing in and go back to the profile cards</source>
        <translation>Arrêter la connexion et revenir aux cartes des profils</translation>
    </message>
    <message>
        <source>Back to the profile cards</source>
        <translation>Revenir aux cartes des profils</translation>
    </message>
    <message>
        <source>Choose the pack your teacher gave you</source>
        <translation>Choisis le paquet que ton professeur t’a donné</translation>
    </message>
    <message>
        <source>Continuité packs (*.continuite)</source>
        <translation>Paquets Continuité (*.continuite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>With the school&apos;s server</source>
        <translation>Avec le serveur de l’école</translation>
    </message>
    <message>
        <source>Sign in with the school&apos;s server (needs a network)</source>
        <translation>Se connecter avec le serveur de l’école (il faut du réseau)</translation>
    </message>
    <message>
        <source>I have a pack on a USB stick</source>
        <translation>J’ai un paquet sur une clé USB</translation>
    </message>
    <message>
        <source>I have a pack on a USB stick (no network needed)</source>
        <translation>J’ai un paquet sur une clé USB (pas besoin de réseau)</translation>
    </message>
    <message>
        <source>Choose the pack your teacher made for you (your name is on it), then type what is written on your login card. No network needed: your work stays on this device and goes back to your teacher on the stick.</source>
        <translation>Choisis le paquet que ton professeur a fait pour toi (ton nom est dessus), puis tape ce qui est écrit sur ta carte de connexion. Pas besoin de réseau&#xa0;: ton travail reste sur cet appareil et retourne à ton professeur sur la clé.</translation>
    </message>
    <message>
        <source>Another pack…</source>
        <translation>Un autre paquet…</translation>
    </message>
    <message>
        <source>Choose the pack…</source>
        <translation>Choisir le paquet…</translation>
    </message>
    <message>
        <source>Choose the pack file on the USB stick</source>
        <translation>Choisir le fichier du paquet sur la clé USB</translation>
    </message>
    <message>
        <source>No pack chosen yet</source>
        <translation>Aucun paquet choisi pour l’instant</translation>
    </message>
    <message>
        <source>Add from the pack</source>
        <translation>Ajouter depuis le paquet</translation>
    </message>
    <message>
        <source>Check the PIN with the pack and add this person</source>
        <translation>Vérifier le code PIN avec le paquet et ajouter cette personne</translation>
    </message>
    <message>
        <source>Stop: nobody is added</source>
        <translation>Arrêter&#xa0;: personne n’est ajouté</translation>
    </message>
    <message>
        <source>PIN on your card</source>
        <translation>Code PIN de ta carte</translation>
    </message>
    <message>
        <source>In class, on the room&apos;s network</source>
        <translation>En classe, sur le réseau de la salle</translation>
    </message>
    <message>
        <source>In class: join the classroom your teacher&apos;s computer serves on the room&apos;s network (no internet needed)</source>
        <translation>En classe&#xa0;: rejoindre la classe que l’ordinateur de ton professeur ouvre sur le réseau de la salle (pas besoin d’internet)</translation>
    </message>
    <message>
        <source>Type the address and the code shown on your teacher&apos;s screen, then what is written on your login card. No internet needed: this device syncs with your teacher&apos;s computer in class.</source>
        <translation>Tape l’adresse et le code affichés sur l’écran de ton professeur, puis ce qui est écrit sur ta carte de connexion. Pas besoin d’internet&#xa0;: cet appareil se synchronise avec l’ordinateur de ton professeur, en classe.</translation>
    </message>
    <message>
        <source>Address on your teacher&apos;s screen</source>
        <translation>Adresse sur l’écran du professeur</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:8765</source>
        <translation>par ex. 192.168.1.10:8765</translation>
    </message>
    <message>
        <source>Classroom code</source>
        <translation>Code de la classe</translation>
    </message>
    <message>
        <source>Join the class and add</source>
        <translation>Rejoindre la classe et ajouter</translation>
    </message>
    <message>
        <source>Sign in to the classroom and add this person</source>
        <translation>Se connecter à la classe et ajouter cette personne</translation>
    </message>
    <message>
        <source>No card yet? Ask your teacher. No network at home? Ask for a pack made for you on a USB stick.</source>
        <translation>Pas encore de carte&#xa0;? Demande-la à ton professeur. Pas de réseau à la maison&#xa0;? Demande un paquet fait pour toi sur une clé USB.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
    <message>
        <source>The pack %1 on the USB stick %2</source>
        <translation>Le paquet %1 sur la clé USB %2</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>14 letters and digits</source>
        <translation>14 lettres et chiffres</translation>
    </message>
</context>
<context>
    <name>AnswerController</name>
    <message>
        <source>This assignment is not on this device, or it is not published yet. Go back and sync.</source>
        <translation>Ce devoir n’est pas sur cet appareil, ou il n’est pas encore publié. Reviens en arrière et synchronise.</translation>
    </message>
    <message>
        <source>Only a student can answer an assignment.</source>
        <translation>Seul un élève peut répondre à un devoir.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: choose another one.</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: choisis-en un autre.</translation>
    </message>
    <message>
        <source>The file %1 is too big (%2, at most %3): take a smaller photo or a lighter file.</source>
        <translation>Le fichier %1 est trop gros (%2, %3 au plus)&#xa0;: prends une photo plus petite ou un fichier plus léger.</translation>
    </message>
    <message>
        <source>This assignment cannot be answered here.</source>
        <translation>On ne peut pas répondre à ce devoir ici.</translation>
    </message>
    <message>
        <source>Practice: each answer is marked right (✓) or wrong (✗) as you go.</source>
        <translation>Entraînement&#xa0;: chaque réponse est marquée juste (✓) ou fausse (✗) au fur et à mesure.</translation>
    </message>
    <message>
        <source>Your teacher has released the right answers: each answer is marked right (✓) or wrong (✗).</source>
        <translation>Ton professeur a donné les bonnes réponses&#xa0;: chaque réponse est marquée juste (✓) ou fausse (✗).</translation>
    </message>
    <message>
        <source>You will see which answers are right once you have handed in and synced.</source>
        <translation>Tu verras quelles réponses sont justes une fois ton travail remis et synchronisé.</translation>
    </message>
    <message>
        <source>You will see which answers are right after the due date, at your next sync.</source>
        <translation>Tu verras quelles réponses sont justes après la date limite, à ta prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Your teacher keeps the right answers for now.</source>
        <translation>Ton professeur garde les bonnes réponses pour l’instant.</translation>
    </message>
    <message>
        <source>Your teacher keeps the right answers: their comment and score will tell you how you did.</source>
        <translation>Ton professeur garde les bonnes réponses&#xa0;: son commentaire et sa note te diront comment tu as réussi.</translation>
    </message>
    <message>
        <source>Practice: the right answers come at your next sync.</source>
        <translation>Entraînement&#xa0;: les bonnes réponses arrivent à ta prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 is still being prepared: wait a moment before adding another file.</source>
        <translation>%1 est encore en préparation&#xa0;: attends un instant avant d’ajouter un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is still being prepared: hand in when it is ready.</source>
        <translation>%1 est encore en préparation&#xa0;: rends ton travail quand il est prêt.</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Attach a photo or a file</source>
        <translation>Joindre une photo ou un fichier</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.odt *.docx *.txt)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.heic *.pdf *.odt *.docx *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Back to the list (your draft is saved)</source>
        <translation>Revenir à la liste (ton brouillon est enregistré)</translation>
    </message>
    <message>
        <source>Assignment not available</source>
        <translation>Devoir indisponible</translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>when work is due</comment>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans date limite</translation>
    </message>
    <message>
        <source>lesson: %1</source>
        <translation>leçon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>A word for your teacher (optional)</source>
        <translation>Un mot pour ton professeur (facultatif)</translation>
    </message>
    <message>
        <source>Write your answer here. It is saved on this device as you type.</source>
        <translation>Écris ta réponse ici. Elle est enregistrée sur cet appareil pendant que tu tapes.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Attach your work: a photo of your exercise book or a file.</source>
        <translation>Joins ton travail&#xa0;: une photo de ton cahier ou un fichier.</translation>
    </message>
    <message>
        <source>You may attach a photo or a file.</source>
        <translation>Tu peux joindre une photo ou un fichier.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>✓ Draft saved</source>
        <translation>✓ Brouillon enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) answered</source>
        <translation>
            <numerusform>Réponses&#xa0;: %1 sur %n question</numerusform>
            <numerusform>Réponses&#xa0;: %1 sur %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand in again</source>
        <translation>Remettre à nouveau</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Hand in a new version (the earlier ones are kept)</source>
        <translation>Remettre une nouvelle version (les précédentes sont gardées)</translation>
    </message>
    <message>
        <source>Hand in your work (sent at the next sync)</source>
        <translation>Remettre ton travail (envoyé à la prochaine synchronisation)</translation>
    </message>
    <message>
        <source>My versions</source>
        <translation>Mes versions</translation>
    </message>
    <message>
        <source>Versions handed in, newest first</source>
        <translation>Versions remises, la plus récente d’abord</translation>
    </message>
    <message>
        <source>Not handed in yet. When you hand in, your work waits on this device and leaves at the next sync.</source>
        <translation>Pas encore remis. Quand tu remets ton travail, il attend sur cet appareil et part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Photos in colour</source>
        <translation>Photos en couleur</translation>
    </message>
    <message>
        <source>Keep photos in colour (heavier); otherwise a page of the exercise book is made grey and contrasted</source>
        <translation>Garder les photos en couleur (plus lourd)&#xa0;; sinon une page du cahier est passée en gris et contrastée</translation>
    </message>
    <message>
        <source>Otherwise a photo of your exercise book is made grey and contrasted: lighter to send, just as easy to read.</source>
        <translation>Sinon, la photo de ton cahier est passée en gris et contrastée&#xa0;: plus légère à envoyer, aussi facile à lire.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n right</source>
        <translation>
            <numerusform>%n juste</numerusform>
            <numerusform>%n justes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You still have %n question(s) without an answer.</source>
        <translation>
            <numerusform>Il te reste %n question sans réponse.</numerusform>
            <numerusform>Il te reste %n questions sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les voir</translation>
    </message>
    <message>
        <source>Show the questions without an answer</source>
        <translation>Voir les questions sans réponse</translation>
    </message>
    <message>
        <source>Hand in anyway</source>
        <translation>Remettre quand même</translation>
    </message>
    <message numerus="yes">
        <source>Hand in anyway, with %n question(s) unanswered</source>
        <translation>
            <numerusform>Remettre quand même, avec %n question sans réponse</numerusform>
            <numerusform>Remettre quand même, avec %n questions sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>No internet? Put your work on your USB stick for your teacher.</source>
        <translation>Pas d’internet&#xa0;? Mets ton travail sur ta clé USB pour ton professeur.</translation>
    </message>
    <message>
        <source>USB stick…</source>
        <translation>Clé USB…</translation>
    </message>
    <message>
        <source>Put your work on a USB stick (no internet needed)</source>
        <translation>Mettre ton travail sur une clé USB (pas besoin d’internet)</translation>
    </message>
    <message>
        <source>Answer aloud</source>
        <translation>Répondre à l’oral</translation>
    </message>
    <message>
        <source>Files from your teacher — to download: %1</source>
        <translation>Fichiers de ton professeur — à télécharger&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of files wait: the data settings keep them for a network that does not count data.</source>
        <translation>%1 de fichiers attendent&#xa0;: les réglages de données les gardent pour un réseau qui ne compte pas les données.</translation>
    </message>
    <message>
        <source>%1 of files will arrive at the next sync.</source>
        <translation>%1 de fichiers arriveront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Download anyway (%1)</source>
        <translation>Télécharger quand même (%1)</translation>
    </message>
    <message>
        <source>Download the files of this assignment now anyway: %1</source>
        <translation>Télécharger quand même maintenant les fichiers de ce devoir&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Your teacher has released the right answers: %1 of %n question(s) right.</source>
        <translation>
            <numerusform>Ton professeur a donné les bonnes réponses. Justes&#xa0;: %1 sur %n question.</numerusform>
            <numerusform>Ton professeur a donné les bonnes réponses. Justes&#xa0;: %1 sur %n questions.</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Settings: hub, data use and PIN</source>
        <translation>Réglages&#xa0;: serveur, consommation de données et code PIN</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Exchanges: USB packs and the classroom without internet</source>
        <translation>Échanges&#xa0;: paquets sur clé USB et classe sans internet</translation>
    </message>
</context>
<context>
    <name>AssignmentCard</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Free answer</source>
        <translation>Réponse libre</translation>
    </message>
</context>
<context>
    <name>AssignmentCommand</name>
    <message>
        <source>Create a draft assignment: free text, a file to hand in, or a quiz from a JSON file.</source>
        <translation>Créer un devoir en brouillon&#xa0;: texte libre, fichier à remettre, ou quiz depuis un fichier JSON.</translation>
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
        <translation>à remettre le %1</translation>
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
        <translation>Type&#xa0;: %1 · à remettre le %2 · %3 · identifiant %4</translation>
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
    <message>
        <source>When students get the quiz&apos;s right answers: after-submit (once they hand in), after-due (once the due date has passed; the default with --due), never, or practice (at once: their device marks each answer).</source>
        <translation>Quand les élèves reçoivent les bonnes réponses du quiz&#xa0;: after-submit (une fois leur travail remis), after-due (une fois la date limite passée&#xa0;; par défaut avec --due), never (jamais) ou practice (tout de suite&#xa0;: leur appareil corrige chaque réponse).</translation>
    </message>
    <message>
        <source>--answers-shown is for a quiz: give its questions with --quiz FILE.</source>
        <translation>--answers-shown concerne un quiz&#xa0;: donnez ses questions avec --quiz FICHIER.</translation>
    </message>
    <message>
        <source>--answers-shown must be after-submit, after-due, never or practice, not &quot;%1&quot;.</source>
        <translation>--answers-shown doit valoir after-submit, after-due, never ou practice, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AssignmentEditor</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>This assignment cannot be edited here: it is not one of your classes&apos; assignments.</source>
        <translation>Ce devoir ne peut pas être modifié ici&#xa0;: ce n’est pas un devoir de vos classes.</translation>
    </message>
    <message>
        <source>The due date “%1” is not understood: write it as 04/12/2026 18:00, or leave it empty.</source>
        <translation>La date de remise «&#xa0;%1&#xa0;» n’est pas comprise&#xa0;: écrivez-la comme 04/12/2026 18:00, ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Choose a class first: an assignment belongs to a class.</source>
        <translation>Choisissez d’abord une classe&#xa0;: un devoir appartient à une classe.</translation>
    </message>
</context>
<context>
    <name>AssignmentListModel</name>
    <message>
        <source>no due date</source>
        <translation>sans date de remise</translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation>à remettre %1, %2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>%1 of %2 handed in</source>
        <translation>remis&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n à corriger</numerusform>
            <numerusform>%n à corriger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <source>Not tied to a lesson</source>
        <translation>Sans leçon</translation>
    </message>
    <message>
        <source>Already handed in</source>
        <translation>Déjà remis</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nouveau devoir</translation>
    </message>
    <message>
        <source>Write a new assignment for %1</source>
        <translation>Écrire un nouveau devoir pour %1</translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation>Devoirs de %1</translation>
    </message>
    <message>
        <source>Create a class first (Classes &amp; roster).</source>
        <translation>Créez d’abord une classe (Classes et élèves).</translation>
    </message>
    <message>
        <source>No assignment yet: write one with “New assignment”.</source>
        <translation>Pas encore de devoir&#xa0;: écrivez-en un avec «&#xa0;Nouveau devoir&#xa0;».</translation>
    </message>
    <message>
        <source>‹ Assignments</source>
        <translation>‹ Devoirs</translation>
    </message>
    <message>
        <source>Back to the list of assignments</source>
        <translation>Revenir à la liste des devoirs</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Titre du devoir</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Draft, not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Due: 04/12/2026 18:00</source>
        <translation>À remettre&#xa0;: 04/12/2026 18:00</translation>
    </message>
    <message>
        <source>Due date and time, like 04/12/2026 18:00; empty for none</source>
        <translation>Date et heure de remise, comme 04/12/2026 18:00&#xa0;; vide s’il n’y en a pas</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans date de remise</translation>
    </message>
    <message>
        <source>date not understood</source>
        <translation>date non comprise</translation>
    </message>
    <message>
        <source>After no lesson</source>
        <translation>Après aucune leçon</translation>
    </message>
    <message>
        <source>The lesson this assignment follows: %1</source>
        <translation>La leçon que suit ce devoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>A quiz, graded automatically</source>
        <translation>Un quiz, corrigé automatiquement</translation>
    </message>
    <message>
        <source>Instructions for the students, in Markdown</source>
        <translation>Consignes pour les élèves, en Markdown</translation>
    </message>
    <message>
        <source>Instructions, in Markdown</source>
        <translation>Consignes, en Markdown</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points in all</source>
        <translation>%1 points en tout</translation>
    </message>
    <message>
        <source>+ Multiple choice</source>
        <translation>+ Choix multiple</translation>
    </message>
    <message>
        <source>Add a multiple-choice question</source>
        <translation>Ajouter une question à choix multiple</translation>
    </message>
    <message>
        <source>+ Short answer</source>
        <translation>+ Réponse courte</translation>
    </message>
    <message>
        <source>Add a short-answer question</source>
        <translation>Ajouter une question à réponse courte</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Save the changes: students get them at their next sync</source>
        <translation>Enregistrer les modifications&#xa0;: les élèves les reçoivent à leur prochaine synchronisation</translation>
    </message>
    <message>
        <source>Publish: the class&apos;s students get the assignment at their next sync</source>
        <translation>Publier&#xa0;: les élèves de la classe reçoivent le devoir à leur prochaine synchronisation</translation>
    </message>
    <message>
        <source>Students see the right answers:</source>
        <translation>Les élèves voient les bonnes réponses&#xa0;:</translation>
    </message>
    <message>
        <source>once they have handed in</source>
        <translation>une fois leur travail remis</translation>
    </message>
    <message>
        <source>after the due date</source>
        <translation>après la date limite</translation>
    </message>
    <message>
        <source>never (only you)</source>
        <translation>jamais (vous seul)</translation>
    </message>
    <message>
        <source>at once: practice, marked as they answer</source>
        <translation>tout de suite&#xa0;: entraînement, corrigé au fil des réponses</translation>
    </message>
    <message>
        <source>When students see the right answers: %1</source>
        <translation>Quand les élèves voient les bonnes réponses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set a due date first.</source>
        <translation>Indiquez d’abord une date limite.</translation>
    </message>
    <message>
        <source>Assignment editor</source>
        <translation>Éditeur de devoir</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Enregistrer vos modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>This assignment is published: once saved, your changes reach your students at their next sync.</source>
        <translation>Ce devoir est publié&#xa0;: une fois enregistrées, vos modifications arrivent chez vos élèves à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Back to the assignment</source>
        <translation>Revenir au devoir</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Published, changes not saved</source>
        <translation>Publié, modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>%1, %2, heavy for mobile data</source>
        <translation>%1, %2, lourd pour les données mobiles</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
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
    <message>
        <source>“%1” is not opened by this app</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas ouvert par cette application</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>Enregistrer une copie de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A copy of “%1” was saved. This app does not open it.</source>
        <translation>Une copie de «&#xa0;%1&#xa0;» a été enregistrée. Cette application ne l’ouvre pas.</translation>
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
    <message>
        <source>%1 — video included</source>
        <translation>%1 — vidéo comprise</translation>
    </message>
    <message>
        <source>%1 — sound included</source>
        <translation>%1 — son compris</translation>
    </message>
    <message>
        <source>Sound not played here</source>
        <translation>Son non lu ici</translation>
    </message>
    <message>
        <source>Video not played here</source>
        <translation>Vidéo non lue ici</translation>
    </message>
    <message>
        <source>Sound: checking…</source>
        <translation>Son&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>Video: checking…</source>
        <translation>Vidéo&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>%1 is a picture too large to be shown on this computer: the app does not decode it.</source>
        <translation>%1 est une image trop grande pour être affichée sur cet ordinateur&#xa0;: l’application ne la décode pas.</translation>
    </message>
    <message>
        <source>This file is not on this device yet.</source>
        <translation>Ce fichier n’est pas encore sur cet appareil.</translation>
    </message>
    <message>
        <source>Choose a place on this computer to save %1.</source>
        <translation>Choisissez un emplacement sur cet ordinateur pour enregistrer %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read on this device: %2</source>
        <translation>%1 ne peut pas être lu sur cet appareil&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged on this device: nothing was saved. It will be fetched again at the next sync.</source>
        <translation>%1 est abîmé sur cet appareil&#xa0;: rien n’a été enregistré. Il sera récupéré de nouveau à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Picture not shown here</source>
        <translation>Image non affichée ici</translation>
    </message>
    <message>
        <source>“%1” holds %2 (%3): this app neither opens that kind of file nor hands it to another program. Save a copy only if you trust who sent it.</source>
        <translation>«&#xa0;%1&#xa0;» contient&#xa0;: %2 (%3). L’application n’ouvre pas ce genre de fichier et ne le confie à aucun autre programme. N’en enregistrez une copie que si vous avez confiance en qui l’a envoyé.</translation>
    </message>
    <message>
        <source>File not opened here</source>
        <translation>Fichier non ouvert ici</translation>
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
    <name>BoardModel</name>
    <message numerus="yes">
        <source>Silent for %n day(s)</source>
        <translation>
            <numerusform>Silencieux depuis %n jour</numerusform>
            <numerusform>Silencieux depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind with the work</source>
        <translation>En retard dans le travail</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Régulier</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Choisissez d’abord une classe.</translation>
    </message>
    <message>
        <source>Choose where to save the table.</source>
        <translation>Choisissez où enregistrer le tableau.</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable and the disk not full.</source>
        <translation>Impossible d’écrire %1&#xa0;: vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>No contact yet: no sync with the school&apos;s server, no USB pack received.</source>
        <translation>Aucun contact pour l’instant&#xa0;: aucune synchro avec le serveur de l’école, aucun paquet reçu sur clé USB.</translation>
    </message>
    <message>
        <source>Last contact %1: a USB return pack made on %2.</source>
        <translation>Dernier contact %1&#xa0;: un paquet de retour sur clé USB fait le %2.</translation>
    </message>
    <message>
        <source>Last contact %1: the classroom session of %2.</source>
        <translation>Dernier contact %1&#xa0;: la séance en classe sans internet du %2.</translation>
    </message>
    <message>
        <source>Last contact %1: a sync with the school&apos;s server on %2.</source>
        <translation>Dernier contact %1&#xa0;: une synchro avec le serveur de l’école le %2.</translation>
    </message>
    <message>
        <source>Not connected yet: no sync, no USB pack, nothing opened. Their login card is what they need.</source>
        <translation>Pas encore connecté&#xa0;: aucune synchronisation, aucun paquet USB, rien d’ouvert. Il lui faut sa carte de connexion.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 opened</source>
        <translation>
            <numerusform>%n ouverte sur %1</numerusform>
            <numerusform>%n ouvertes sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
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
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Contact via</source>
        <translation>Contact par</translation>
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
        <translation>Remis</translation>
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
        <source>school server</source>
        <translation>serveur de l’école</translation>
    </message>
    <message>
        <source>USB pack</source>
        <translation>paquet sur clé USB</translation>
    </message>
    <message>
        <source>classroom</source>
        <translation>classe sans internet</translation>
    </message>
    <message>
        <source>Not connected yet: no sync, no USB pack. Only what was done on this device is known.</source>
        <translation>Pas encore connecté&#xa0;: aucune synchro, aucun paquet sur clé USB. Seul ce qui a été fait sur cet appareil est connu.</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Export the continuity board</source>
        <translation>Exporter le tableau de continuité</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Continuity board</source>
        <translation>Tableau de continuité</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the continuity board as a CSV table</source>
        <translation>Exporter le tableau de continuité en tableau CSV</translation>
    </message>
    <message>
        <source>Table saved in %1</source>
        <translation>Tableau enregistré dans %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Students, the silent ones first</source>
        <translation>Élèves, les silencieux d’abord</translation>
    </message>
    <message>
        <source>Create a class first (Classes &amp; roster).</source>
        <translation>Créez d’abord une classe (Classes et élèves).</translation>
    </message>
    <message>
        <source>No student in this class yet: add them in Classes &amp; roster.</source>
        <translation>Pas encore d’élève dans cette classe&#xa0;: ajoutez-les dans Classes et élèves.</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>The student&apos;s last sync with the school&apos;s server, or the last USB pack they sent back</source>
        <translation>La dernière synchro de l’élève avec le serveur de l’école, ou son dernier paquet de retour sur clé USB</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n student(s)</source>
        <translation>
            <numerusform>%1 · %n élève</numerusform>
            <numerusform>%1 · %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>Silent (%1)</source>
        <translation>Silencieux (%1)</translation>
    </message>
    <message>
        <source>Not connected yet (%1)</source>
        <translation>Pas encore connectés (%1)</translation>
    </message>
    <message>
        <source>Behind (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>On track (%1)</source>
        <translation>Tout va bien (%1)</translation>
    </message>
    <message>
        <source>Nobody in this state: choose another chip.</source>
        <translation>Personne dans cet état&#xa0;: choisissez un autre filtre.</translation>
    </message>
    <message>
        <source>View of the board</source>
        <translation>Vue du tableau</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Lessons × students</source>
        <translation>Leçons × élèves</translation>
    </message>
</context>
<context>
    <name>BoardRow</name>
    <message>
        <source>%1: %2. %3 Last activity: %4. Lessons: %5. Work: %6.</source>
        <translation>%1&#xa0;: %2. %3 Dernière activité&#xa0;: %4. Leçons&#xa0;: %5. Travail&#xa0;: %6.</translation>
    </message>
    <message>
        <source>USB pack</source>
        <translation>clé USB</translation>
    </message>
    <message>
        <source>classroom</source>
        <translation>en classe</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>PIN for %1 (on your card): </source>
        <translation>Code PIN de %1 (sur ta carte)&#xa0;: </translation>
    </message>
    <message>
        <source>Write a pack for a USB stick: a teacher&apos;s pack for a class or one student, or a student&apos;s work to return.</source>
        <translation>Écrire un paquet pour une clé USB&#xa0;: le paquet d’un professeur pour une classe ou un élève, ou le travail d’un élève à remettre.</translation>
    </message>
    <message>
        <source>The pack file to write.</source>
        <translation>Le fichier du paquet à écrire.</translation>
    </message>
    <message>
        <source>A teacher: the class to pack. A student: the class the work is for.</source>
        <translation>Professeur&#xa0;: la classe à mettre dans le paquet. Élève&#xa0;: la classe à qui le travail est destiné.</translation>
    </message>
    <message>
        <source>A teacher: pack for this student only (login code or id), with their feedback.</source>
        <translation>Professeur&#xa0;: un paquet pour cet élève seulement (code de connexion ou identifiant), avec ses retours.</translation>
    </message>
    <message>
        <source>Give either --class C (a class pack) or --student S (a pack for one student).</source>
        <translation>Indiquez soit --class C (paquet de classe), soit --student S (paquet pour un élève).</translation>
    </message>
    <message>
        <source>A student exports their own work: use --class C or nothing.</source>
        <translation>Un élève exporte son propre travail&#xa0;: utilisez --class C ou rien.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 KB) for %3: %n change(s)</source>
        <translation>
            <numerusform>%1 écrit (%2&#xa0;Ko) pour %3&#xa0;: %n modification</numerusform>
            <numerusform>%1 écrit (%2&#xa0;Ko) pour %3&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s).</source>
        <translation>
            <numerusform>, %n fichier.</numerusform>
            <numerusform>, %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not on this device yet and are not in the pack: sync first to include them.</source>
        <translation>
            <numerusform>%n fichier n’est pas encore sur cet appareil et n’est pas dans le paquet&#xa0;: synchronisez d’abord pour l’inclure.</numerusform>
            <numerusform>%n fichiers ne sont pas encore sur cet appareil et ne sont pas dans le paquet&#xa0;: synchronisez d’abord pour les inclure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring in a pack from a USB stick: checked whole, applied whole, or refused with the reason.</source>
        <translation>Importer un paquet depuis une clé USB&#xa0;: vérifié en entier, appliqué en entier, ou refusé avec la raison.</translation>
    </message>
    <message>
        <source>You confirm that this person really uses a new device.</source>
        <translation>Vous confirmez que cette personne utilise vraiment un nouvel appareil.</translation>
    </message>
    <message>
        <source>Nothing new in this pack from %1: it was already here.</source>
        <translation>Rien de nouveau dans ce paquet de %1&#xa0;: tout était déjà là.</translation>
    </message>
    <message>
        <source>Imported the pack from %1 for %2: %3 changes (%4 already here), %5 new files.</source>
        <translation>Paquet de %1 importé pour %2&#xa0;: %3 modifications (%4 déjà présentes), %5 nouveaux fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent to the hub at the next sync.</source>
        <translation>
            <numerusform>%n modification sera envoyée au serveur à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications seront envoyées au serveur à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now trusting the device of %1.</source>
        <translation>L’appareil de %1 est désormais reconnu.</translation>
    </message>
    <message>
        <source>A student&apos;s first pack on this device (a pack made for them): their login code; their profile is made once their PIN matches the pack.</source>
        <translation>Premier paquet d’un élève sur cet appareil (un paquet fait pour lui)&#xa0;: son code de connexion&#xa0;; son profil est créé une fois son code PIN vérifié par le paquet.</translation>
    </message>
    <message>
        <source>Read the PIN of the card from stdin (or $CONTINUITE_SECRET); with --login.</source>
        <translation>Lire le code PIN de la carte sur l’entrée standard (ou $CONTINUITE_SECRET)&#xa0;; avec --login.</translation>
    </message>
    <message>
        <source>--pin-stdin goes with --login CODE (a student&apos;s first pack on this device).</source>
        <translation>--pin-stdin va avec --login CODE (premier paquet d’un élève sur cet appareil).</translation>
    </message>
    <message>
        <source>Type the PIN of the card on standard input (--pin-stdin), or set CONTINUITE_SECRET.</source>
        <translation>Tapez le code PIN de la carte sur l’entrée standard (--pin-stdin), ou définissez CONTINUITE_SECRET.</translation>
    </message>
    <message>
        <source>To confirm: --trust-new-device.</source>
        <translation>Pour confirmer&#xa0;: --trust-new-device.</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>The %1 %2 cannot be packed: %3</source>
        <translation>Impossible de mettre %1 %2 dans le paquet&#xa0;: %3</translation>
    </message>
    <message>
        <source>Only a teacher can export a pack for a student.</source>
        <translation>Seul un professeur peut exporter un paquet pour un élève.</translation>
    </message>
    <message>
        <source>%1 is not a student of a class you teach: check the login code with &quot;student list&quot;.</source>
        <translation>%1 n’est pas élève d’une de vos classes&#xa0;: vérifiez le code de connexion avec «&#xa0;student list&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is in several of your classes: say which one with --class.</source>
        <translation>%1 est dans plusieurs de vos classes&#xa0;: précisez laquelle avec --class.</translation>
    </message>
    <message>
        <source>No profile is selected: choose who you are first (profile switch).</source>
        <translation>Aucun profil n’est choisi&#xa0;: indiquez d’abord qui vous êtes (profile switch).</translation>
    </message>
    <message>
        <source>There is no class %1 here: check the id with &quot;class list&quot;.</source>
        <translation>Il n’y a pas de classe %1 ici&#xa0;: vérifiez l’identifiant avec «&#xa0;class list&#xa0;».</translation>
    </message>
    <message>
        <source>Only a teacher of this class can export its pack.</source>
        <translation>Seul un professeur de cette classe peut exporter son paquet.</translation>
    </message>
    <message>
        <source>Only a student exports a return pack (their work for the teacher).</source>
        <translation>Seul un élève exporte un paquet de retour (son travail pour le professeur).</translation>
    </message>
    <message>
        <source>You are in no class on this device: import your class pack first.</source>
        <translation>Tu n’es dans aucune classe sur cet appareil&#xa0;: importe d’abord le paquet de ta classe.</translation>
    </message>
    <message>
        <source>You are in several classes: say which one the pack is for with --class.</source>
        <translation>Tu es dans plusieurs classes&#xa0;: indique avec --class à quelle classe le paquet est destiné.</translation>
    </message>
    <message>
        <source>You are not in the class %1 on this device.</source>
        <translation>Tu n’es pas dans la classe %1 sur cet appareil.</translation>
    </message>
    <message>
        <source>Only a teacher of this class can serve it in the classroom.</source>
        <translation>Seul un professeur de cette classe peut l’ouvrir en classe sans internet.</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2</source>
        <translation>Impossible d’écrire le paquet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: check that the folder is writable and the disk not full.</source>
        <translation>Impossible d’écrire le paquet %1&#xa0;: vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Could not seal the bundle %1: %2</source>
        <translation>Impossible de sceller le paquet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not seal the bundle %1: its seal value is not unique in the file.</source>
        <translation>Impossible de sceller le paquet %1&#xa0;: la valeur de son sceau n’est pas unique dans le fichier.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a bundle (%2 MB).</source>
        <translation>%1 est trop gros pour être un paquet (%2&#xa0;Mo).</translation>
    </message>
    <message>
        <source>Could not read all of %1: %2</source>
        <translation>Impossible de lire %1 en entier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Continuité bundle (it is not a SQLite file).</source>
        <translation>%1 n’est pas un paquet Continuité (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (was it copied whole? copy it again from the sending device).</source>
        <translation>%1 est abîmé ou incomplet (a-t-il été copié en entier&#xa0;? copiez-le de nouveau depuis l’appareil qui l’a envoyé).</translation>
    </message>
    <message>
        <source>%1 is not a Continuité bundle.</source>
        <translation>%1 n’est pas un paquet Continuité.</translation>
    </message>
    <message>
        <source>%1 was made by another version of Continuité (bundle format %2, this one reads %3): update the app.</source>
        <translation>%1 a été fait par une autre version de Continuité (format de paquet %2, celle-ci lit le %3)&#xa0;: mettez l’application à jour.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short after it was made (its SHA-256 does not match): it is refused whole. Copy it again from the sending device.</source>
        <translation>%1 a été modifié ou tronqué après sa création (son SHA-256 ne correspond pas)&#xa0;: il est refusé en entier. Copiez-le de nouveau depuis l’appareil qui l’a envoyé.</translation>
    </message>
    <message>
        <source>%1 is a kind of bundle this app does not know (&quot;%2&quot;).</source>
        <translation>%1 est un type de paquet que cette application ne connaît pas («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 has an invalid manifest (who made it, or for whom).</source>
        <translation>%1 a un manifeste invalide (qui l’a fait, ou pour qui).</translation>
    </message>
    <message>
        <source>%1 holds an invalid change (%2): it is refused whole.</source>
        <translation>%1 contient une modification invalide (%2)&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>%1 does not hold what its manifest says (changes, files or keys are missing): it is refused whole.</source>
        <translation>%1 ne contient pas ce qu’annonce son manifeste (modifications, fichiers ou clés manquants)&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>Could not seal the bundle %1: it has no seal to fill in.</source>
        <translation>Impossible de sceller le paquet %1&#xa0;: il n’a pas de sceau à remplir.</translation>
    </message>
    <message>
        <source>%1 is not a Continuité bundle: it holds tables or code that a pack never holds. It is refused whole.</source>
        <translation>%1 n’est pas un paquet Continuité&#xa0;: il contient des tables ou du code qu’un paquet ne contient jamais. Il est refusé en entier.</translation>
    </message>
    <message>
        <source>%1 makes this device work far longer than a pack of its size needs: it is refused whole.</source>
        <translation>%1 fait travailler cet appareil bien plus longtemps qu’un paquet de cette taille ne le demande&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>%1 holds a change or a file larger than a pack may carry: it is refused whole.</source>
        <translation>%1 contient une modification ou un fichier plus gros que ce qu’un paquet peut transporter&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>%1 says it holds more than a pack may (at most %2 changes, %3 files and %4 device keys): it is refused whole.</source>
        <translation>%1 annonce plus que ce qu’un paquet peut contenir (au plus %2&#xa0;modifications, %3&#xa0;fichiers et %4&#xa0;clés d’appareil)&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>%1 holds more text than a pack may carry (%2 MB): it is refused whole.</source>
        <translation>%1 contient plus de texte qu’un paquet ne peut en transporter (%2&#xa0;Mo)&#xa0;: il est refusé en entier.</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>The pack&apos;s manifest and its device keys disagree about who made it: it is refused whole.</source>
        <translation>Le manifeste du paquet et ses clés d’appareil ne disent pas la même chose sur son auteur&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>The change %1 was signed by a device the pack does not name: it is refused whole.</source>
        <translation>La modification %1 a été signée par un appareil que le paquet ne nomme pas&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>The change %1 claims an author whose device did not sign it: it is refused whole.</source>
        <translation>La modification %1 se réclame d’un auteur dont l’appareil ne l’a pas signée&#xa0;: le paquet est refusé en entier.</translation>
    </message>
    <message>
        <source>The change %1 does not carry a valid signature of its device: it was altered or forged. The pack is refused whole.</source>
        <translation>La modification %1 ne porte pas une signature valide de son appareil&#xa0;: elle a été altérée ou falsifiée. Le paquet est refusé en entier.</translation>
    </message>
    <message>
        <source>A file in the pack does not match its SHA-256 (%1): it is refused whole.</source>
        <translation>Un fichier du paquet ne correspond pas à son SHA-256 (%1)&#xa0;: le paquet est refusé en entier.</translation>
    </message>
    <message>
        <source>A file in the pack is larger than this device accepts (%1 MB).</source>
        <translation>Un fichier du paquet est plus gros que ce que cet appareil accepte (%1&#xa0;Mo).</translation>
    </message>
    <message>
        <source>This pack is for the class &quot;%1&quot;, which no teacher on this device teaches: it is refused.</source>
        <translation>Ce paquet est pour la classe «&#xa0;%1&#xa0;», qu’aucun professeur de cet appareil n’enseigne&#xa0;: il est refusé.</translation>
    </message>
    <message>
        <source>This pack was made by %1, who is not a student of the class &quot;%2&quot; on this device: it is refused.</source>
        <translation>Ce paquet a été fait par %1, qui n’est pas élève de la classe «&#xa0;%2&#xa0;» sur cet appareil&#xa0;: il est refusé.</translation>
    </message>
    <message>
        <source>The pack was made by a student but carries a %1 (%2), which only a teacher may write: it is refused whole.</source>
        <translation>Le paquet a été fait par un élève mais contient un élément «&#xa0;%1&#xa0;» (%2), que seul un professeur peut écrire&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>The change %1 is not %2&apos;s own work: a student&apos;s pack carries only their own. It is refused whole.</source>
        <translation>La modification %1 n’est pas le travail de %2&#xa0;: le paquet d’un élève ne contient que le sien. Il est refusé en entier.</translation>
    </message>
    <message>
        <source>The change %1 is for another class than the pack: it is refused whole.</source>
        <translation>La modification %1 concerne une autre classe que le paquet&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>The change %1 answers an assignment of another class: it is refused whole.</source>
        <translation>La modification %1 répond à un devoir d’une autre classe&#xa0;: le paquet est refusé en entier.</translation>
    </message>
    <message>
        <source>This pack was made by %1, who is not a teacher of the class &quot;%2&quot;: it is refused.</source>
        <translation>Ce paquet a été fait par %1, qui n’est pas professeur de la classe «&#xa0;%2&#xa0;»&#xa0;: il est refusé.</translation>
    </message>
    <message>
        <source>A teacher&apos;s pack carries the change %1, which is not its teacher&apos;s: it is refused whole.</source>
        <translation>Le paquet d’un professeur contient la modification %1, qui n’est pas de ce professeur&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>The pack carries the change %1, which belongs to another student: it is refused whole.</source>
        <translation>Le paquet contient la modification %1, qui appartient à un autre élève&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>The change %1 would move a row of another class: it is refused whole.</source>
        <translation>La modification %1 déplacerait un élément d’une autre classe&#xa0;: le paquet est refusé en entier.</translation>
    </message>
    <message>
        <source>This pack is for one student of the class &quot;%1&quot;, who has no profile on this device: it is refused.</source>
        <translation>Ce paquet est destiné à un élève de la classe «&#xa0;%1&#xa0;» qui n’a pas de profil sur cet appareil&#xa0;: il est refusé.</translation>
    </message>
    <message>
        <source>This pack is for the class &quot;%1&quot;, and no one on this device is in it: it is refused.</source>
        <translation>Ce paquet est pour la classe «&#xa0;%1&#xa0;», et personne sur cet appareil n’en fait partie&#xa0;: il est refusé.</translation>
    </message>
    <message>
        <source>The pack claims to come from this very device, with another key: it is forged and refused.</source>
        <translation>Le paquet prétend venir de cet appareil même, avec une autre clé&#xa0;: il est falsifié et refusé.</translation>
    </message>
    <message>
        <source>The device %1 signs with another key than the one this device learnt from its first pack: the pack may be forged and is refused.</source>
        <translation>L’appareil %1 signe avec une autre clé que celle apprise de son premier paquet&#xa0;: le paquet est peut-être falsifié et il est refusé.</translation>
    </message>
    <message>
        <source>The pack could not be imported, nothing was changed: %1</source>
        <translation>Le paquet n’a pas pu être importé, rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The pack carries a PIN hash (%1) that is not its own student&apos;s: it is refused whole.</source>
        <translation>Le paquet contient l’empreinte d’un code PIN (%1) qui n’est pas celle de son élève&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>This is a student&apos;s return pack (their work for the teacher), not a pack from your teacher: choose the pack your teacher gave you.</source>
        <translation>C’est le paquet de retour d’un élève (son travail pour le professeur), pas un paquet de ton professeur&#xa0;: choisis le paquet que ton professeur t’a donné.</translation>
    </message>
    <message>
        <source>The pack of the class &quot;%1&quot; has no student with the login code %2: check the code on your card, and that the pack is your class&apos;s.</source>
        <translation>Le paquet de la classe «&#xa0;%1&#xa0;» ne contient aucun élève avec le code de connexion %2&#xa0;: vérifie le code sur ta carte, et que le paquet est bien celui de ta classe.</translation>
    </message>
    <message>
        <source>This pack is for the whole class &quot;%1&quot;: to keep everyone&apos;s PIN secret it carries none, so it cannot check yours. Ask your teacher for a pack made for you (a pack for one student), then start again.</source>
        <translation>Ce paquet est pour toute la classe «&#xa0;%1&#xa0;»&#xa0;: pour garder secret le code PIN de chacun, il n’en contient aucun, il ne peut donc pas vérifier le tien. Demande à ton professeur un paquet fait pour toi (un paquet pour un élève), puis recommence.</translation>
    </message>
    <message>
        <source>This pack cannot check your PIN: ask your teacher for a new pack made for you.</source>
        <translation>Ce paquet ne peut pas vérifier ton code PIN&#xa0;: demande à ton professeur un nouveau paquet fait pour toi.</translation>
    </message>
    <message>
        <source>This is not the PIN of the card %1: check it and type it again.</source>
        <translation>Ce n’est pas le code PIN de la carte %1&#xa0;: vérifie-le et tape-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 already has a profile on this device: open it, then import the pack from the Exchanges page.</source>
        <translation>%1 a déjà un profil sur cet appareil&#xa0;: ouvre-le, puis importe le paquet depuis la page Échanges.</translation>
    </message>
    <message>
        <source>The import was stopped before anything was changed.</source>
        <translation>L’import a été arrêté avant que quoi que ce soit ne soit modifié.</translation>
    </message>
    <message>
        <source>The pack carries a file that none of its changes uses (%1): it is refused whole.</source>
        <translation>Le paquet contient un fichier qu’aucune de ses modifications n’utilise (%1)&#xa0;: il est refusé en entier.</translation>
    </message>
    <message>
        <source>This pack cannot check your PIN (it was not made by Continuité as it should be): ask your teacher for a new pack made for you.</source>
        <translation>Ce paquet ne peut pas vérifier ton code PIN (il n’a pas été fait par Continuité comme il se doit)&#xa0;: demande à ton professeur un nouveau paquet fait pour toi.</translation>
    </message>
    <message>
        <source>This pack says it was made by %1, who has a profile on this device, on another device this device has never seen. If %1 really made it on another computer, confirm it and import again; if not, it is forged: do not import it.</source>
        <translation>Ce paquet dit avoir été fait par %1, qui a un profil sur cet appareil, sur un autre appareil jamais vu ici. Si %1 l’a vraiment fait sur un autre ordinateur, confirmez-le et importez de nouveau&#xa0;; sinon, il est falsifié&#xa0;: ne l’importez pas.</translation>
    </message>
    <message>
        <source>%1 made this pack on a device this device has never seen. If %1 really changed device, confirm it and import again.</source>
        <translation>%1 a fait ce paquet sur un appareil jamais vu ici. Si %1 a vraiment changé d’appareil, confirmez-le et importez de nouveau.</translation>
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
    <message>
        <source>Could not queue the change for relay</source>
        <translation>Impossible de mettre la modification en attente de relais</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>Chosen way</source>
        <translation>Mode choisi</translation>
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
    <name>ClassModel</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is signed in: choose your profile first.</source>
        <translation>Personne n’est connecté&#xa0;: choisissez d’abord votre profil.</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Save the login cards</source>
        <translation>Enregistrer les cartes de connexion</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Classes and roster</source>
        <translation>Classes et élèves</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>First and last name of a student</source>
        <translation>Prénom et nom d’un élève</translation>
    </message>
    <message>
        <source>Name of the student to add</source>
        <translation>Nom de l’élève à ajouter</translation>
    </message>
    <message>
        <source>Add the student</source>
        <translation>Ajouter l’élève</translation>
    </message>
    <message>
        <source>Print login cards…</source>
        <translation>Imprimer les cartes…</translation>
    </message>
    <message>
        <source>Print the login cards of the class as a PDF</source>
        <translation>Imprimer les cartes de connexion de la classe en PDF</translation>
    </message>
    <message numerus="yes">
        <source>A PIN is shown only once: print the cards before you leave this page. %n new PIN(s) to print.</source>
        <translation>
            <numerusform>Un code PIN ne s’affiche qu’une fois&#xa0;: imprimez les cartes avant de quitter cette page. %n nouveau code PIN à imprimer.</numerusform>
            <numerusform>Un code PIN ne s’affiche qu’une fois&#xa0;: imprimez les cartes avant de quitter cette page. %n nouveaux codes PIN à imprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each student you add gets a login code and a PIN to sign in. Lost card? Give a new PIN.</source>
        <translation>Chaque élève ajouté reçoit un code de connexion et un code PIN. Carte perdue&#xa0;? Donnez un nouveau code PIN.</translation>
    </message>
    <message>
        <source>Cards saved in %1</source>
        <translation>Cartes enregistrées dans %1</translation>
    </message>
    <message>
        <source>Students of %1</source>
        <translation>Élèves de %1</translation>
    </message>
    <message>
        <source>Create your first class below, then add its students.</source>
        <translation>Créez votre première classe ci-dessous, puis ajoutez ses élèves.</translation>
    </message>
    <message>
        <source>No student in this class yet: type a name above and press Enter.</source>
        <translation>Pas encore d’élève dans cette classe&#xa0;: tapez un nom ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Your first class:</source>
        <translation>Votre première classe&#xa0;:</translation>
    </message>
    <message>
        <source>Another class:</source>
        <translation>Une autre classe&#xa0;:</translation>
    </message>
    <message>
        <source>Its name, e.g. 5e A — Français</source>
        <translation>Son nom, par exemple 5e A — Français</translation>
    </message>
    <message>
        <source>Name of a new class</source>
        <translation>Nom d’une nouvelle classe</translation>
    </message>
    <message>
        <source>Create the class</source>
        <translation>Créer la classe</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Retirer %1 de %2&#xa0;?</translation>
    </message>
    <message>
        <source>%1 will no longer get this class&apos;s lessons and assignments, and their card will no longer sign in to it. The work they handed in stays, for you to review.</source>
        <translation>%1 ne recevra plus les leçons ni les devoirs de cette classe, et sa carte ne permettra plus de s’y connecter. Le travail déjà remis reste, pour que vous puissiez le corriger.</translation>
    </message>
    <message>
        <source>Remove from the class</source>
        <translation>Retirer de la classe</translation>
    </message>
    <message>
        <source>%1 added: login code %2, PIN %3. A PIN is shown only once: print the cards before you leave this page.</source>
        <translation>%1 ajouté&#xa0;: code de connexion %2, code PIN %3. Un code PIN ne s’affiche qu’une fois&#xa0;: imprimez les cartes avant de quitter cette page.</translation>
    </message>
    <message>
        <source>New PIN for %1: %2. Print the card before you leave this page.</source>
        <translation>Nouveau code PIN de %1&#xa0;: %2. Imprimez la carte avant de quitter cette page.</translation>
    </message>
</context>
<context>
    <name>ClassroomHub</name>
    <message>
        <source>Only a teacher of this class can serve it in the classroom.</source>
        <translation>Seul un professeur de cette classe peut l’ouvrir en classe sans internet.</translation>
    </message>
    <message>
        <source>The classroom hub could not open its data in %1.</source>
        <translation>Le serveur de la classe n’a pas pu ouvrir ses données dans %1.</translation>
    </message>
    <message>
        <source>The classroom hub could not listen on the network (port %1).</source>
        <translation>Le serveur de la classe n’a pas pu écouter sur le réseau (port %1).</translation>
    </message>
    <message>
        <source>The classroom hub is not running.</source>
        <translation>Le serveur de la classe n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The classroom hub refused the class: %1</source>
        <translation>Le serveur de la classe a refusé la classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The classroom hub could not store the class.</source>
        <translation>Le serveur de la classe n’a pas pu enregistrer la classe.</translation>
    </message>
    <message>
        <source>The students&apos; work could not be read from the classroom hub.</source>
        <translation>Le travail des élèves n’a pas pu être lu sur le serveur de la classe.</translation>
    </message>
    <message>
        <source>A change by a student&apos;s device that did not sign it was left aside.</source>
        <translation>Une modification qu’un appareil d’élève n’a pas signée a été mise de côté.</translation>
    </message>
    <message>
        <source>A student&apos;s device signs with another key than the one this laptop knows: its work was left aside.</source>
        <translation>Un appareil d’élève signe avec une autre clé que celle que cet ordinateur connaît&#xa0;: son travail a été mis de côté.</translation>
    </message>
    <message>
        <source>The students&apos; work could not be saved on this laptop: %1</source>
        <translation>Le travail des élèves n’a pas pu être enregistré sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The classroom&apos;s secure connection could not be prepared (its code could not be computed).</source>
        <translation>La connexion sécurisée de la classe n’a pas pu être préparée (son code n’a pas pu être calculé).</translation>
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
    <message>
        <source>Sign this device in to a hub (a teacher&apos;s password or a student&apos;s PIN, read from stdin); the person&apos;s profile is created here if needed and becomes the active one.</source>
        <translation>Connecter cet appareil à un serveur (le mot de passe d’un professeur ou le code PIN d’un élève, lu sur l’entrée standard)&#xa0;; le profil de la personne est créé ici s’il le faut et devient le profil actif.</translation>
    </message>
    <message>
        <source>The hub&apos;s address, e.g. http://192.168.1.10:8080.</source>
        <translation>L’adresse du serveur, par exemple http://192.168.1.10:8080.</translation>
    </message>
    <message>
        <source>The login (a student&apos;s login code).</source>
        <translation>L’identifiant (le code de connexion d’un élève).</translation>
    </message>
    <message>
        <source>Read the password or PIN from stdin (or $CONTINUITE_SECRET).</source>
        <translation>Lire le mot de passe ou le code PIN sur l’entrée standard (ou dans $CONTINUITE_SECRET).</translation>
    </message>
    <message>
        <source>Password or PIN: </source>
        <translation>Mot de passe ou code PIN&#xa0;: </translation>
    </message>
    <message>
        <source>No password or PIN was given on standard input.</source>
        <translation>Aucun mot de passe ni code PIN n’a été donné sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3). Run &quot;continuite-cli sync&quot; to fetch and send everything.</source>
        <translation>Connecté à %1 en tant que %2 (%3). Lancez «&#xa0;continuite-cli sync&#xa0;» pour tout recevoir et tout envoyer.</translation>
    </message>
    <message>
        <source>Send what this device has not sent and fetch what is new; prints changes, bytes each way, round trips, media and time. Policy options are kept for later syncs.</source>
        <translation>Envoyer ce que cet appareil n’a pas encore envoyé et recevoir ce qui est nouveau&#xa0;; affiche les modifications, les octets dans chaque sens, les allers-retours, les fichiers et la durée. Les options de consommation sont gardées pour les synchronisations suivantes.</translation>
    </message>
    <message>
        <source>The network is metered (mobile data): media wait if the policy says so.</source>
        <translation>Le réseau est facturé au volume (données mobiles)&#xa0;: les fichiers attendent si la règle le demande.</translation>
    </message>
    <message>
        <source>Records only, this time.</source>
        <translation>Seulement les données, cette fois-ci.</translation>
    </message>
    <message>
        <source>When files may be downloaded and sent: never, unmetered or always.</source>
        <translation>Quand les fichiers peuvent être téléchargés et envoyés&#xa0;: never (jamais), unmetered (hors données mobiles) ou always (toujours).</translation>
    </message>
    <message>
        <source>Stop media once this month&apos;s sync traffic would pass N MB (0: no cap).</source>
        <translation>Arrêter les fichiers dès que le trafic de synchronisation du mois dépasserait N&#xa0;Mo (0&#xa0;: pas de limite).</translation>
    </message>
    <message>
        <source>Use at most N kilobytes per second (0: no cap).</source>
        <translation>Utiliser au plus N&#xa0;kilo-octets par seconde (0&#xa0;: pas de limite).</translation>
    </message>
    <message>
        <source>%1 has not signed in to a hub on this device: run &quot;continuite-cli login --hub URL --login %1 --password-stdin&quot; first.</source>
        <translation>%1 ne s’est pas connecté à un serveur sur cet appareil&#xa0;: lancez d’abord «&#xa0;continuite-cli login --hub URL --login %1 --password-stdin&#xa0;».</translation>
    </message>
    <message>
        <source>--media-policy is never, unmetered or always.</source>
        <translation>--media-policy vaut never, unmetered ou always.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, 0 or more.</source>
        <translation>--%1 attend un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>The sync did not complete; run it again.</source>
        <translation>La synchronisation n’est pas allée au bout&#xa0;; relancez-la.</translation>
    </message>
    <message>
        <source>Attached (size on this device → size kept and sent):</source>
        <translation>Joints (taille sur cet appareil → taille gardée et envoyée)&#xa0;:</translation>
    </message>
    <message>
        <source>How pictures are made light: &quot;photo&quot; (colours kept) or &quot;document&quot; (grey, contrasted, lighter: pages of writing). Default: %1.</source>
        <translation>Comment alléger les images&#xa0;: «&#xa0;photo&#xa0;» (couleurs gardées) ou «&#xa0;document&#xa0;» (gris, contrasté, plus léger&#xa0;: pages d’écriture). Par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--pictures is &quot;photo&quot; or &quot;document&quot;, not &quot;%1&quot;.</source>
        <translation>--pictures vaut «&#xa0;photo&#xa0;» ou «&#xa0;document&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the light copies: %1</source>
        <translation>Impossible de créer un dossier temporaire pour les copies légères&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attach the files as they are (no light copy of pictures or videos).</source>
        <translation>Joindre les fichiers tels quels (sans copie légère des images ni des vidéos).</translation>
    </message>
    <message>
        <source>Could not copy %1 into a temporary folder (%2): free some space, then try again.</source>
        <translation>Impossible de copier %1 dans un dossier temporaire (%2)&#xa0;: libérez de la place, puis recommencez.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Continuite::ClassroomKey</name>
    <message>
        <source>The classroom&apos;s secure connection could not be prepared (its key could not be made).</source>
        <translation>La connexion sécurisée de la classe n’a pas pu être préparée (sa clé n’a pas pu être créée).</translation>
    </message>
    <message>
        <source>The classroom&apos;s secure connection could not be prepared: %1 cannot be written.</source>
        <translation>La connexion sécurisée de la classe n’a pas pu être préparée&#xa0;: impossible d’écrire dans %1.</translation>
    </message>
</context>
<context>
    <name>DataPolicySettings</name>
    <message>
        <source>Nobody is signed in on this device.</source>
        <translation>Personne n’est connecté sur cet appareil.</translation>
    </message>
    <message>
        <source>The monthly cap is a number of megabytes, 0 or more (0: no cap).</source>
        <translation>La limite mensuelle est un nombre de mégaoctets, 0 ou plus (0&#xa0;: pas de limite).</translation>
    </message>
    <message>
        <source>Connect to a hub first: the data policy belongs with it.</source>
        <translation>Il faut d’abord se connecter à un serveur&#xa0;: la règle de consommation va avec lui.</translation>
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
    <name>DatePicker</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Arrows: a day or a week · Page Up/Down: a month · Enter: choose</source>
        <translation>Flèches&#xa0;: un jour ou une semaine · Page préc./suiv.&#xa0;: un mois · Entrée&#xa0;: choisir</translation>
    </message>
    <message>
        <source>Date chosen: %1</source>
        <translation>Date choisie&#xa0;: %1</translation>
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
    <name>DownloadRequest</name>
    <message>
        <source>Could not write the file being downloaded (%1).</source>
        <translation>Impossible d’écrire le fichier en cours de téléchargement (%1).</translation>
    </message>
    <message>
        <source>A file arrived damaged; it will be fetched again.</source>
        <translation>Un fichier est arrivé abîmé&#xa0;; il sera téléchargé de nouveau.</translation>
    </message>
    <message>
        <source>The download did not complete; it will resume at the next sync.</source>
        <translation>Le téléchargement n’est pas allé au bout&#xa0;; il reprendra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A file is larger than the lesson or the work naming it says: it was not downloaded, so that it costs no more than was shown. Ask for it to be attached again.</source>
        <translation>Un fichier est plus lourd que ne le dit la leçon ou le travail qui le contient&#xa0;: il n’a pas été téléchargé, pour qu’il ne coûte pas plus que ce qui était affiché. Demandez qu’il soit joint à nouveau.</translation>
    </message>
</context>
<context>
    <name>ExchangesController</name>
    <message>
        <source>return</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>The pack was not imported.</source>
        <translation>Le paquet n’a pas été importé.</translation>
    </message>
    <message>
        <source>No pack was written.</source>
        <translation>Aucun paquet n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n devoir</numerusform>
            <numerusform>%n devoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of work handed in</source>
        <translation>
            <numerusform>%n travail remis</numerusform>
            <numerusform>%n travaux remis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback comment(s)</source>
        <translation>
            <numerusform>%n commentaire du professeur</numerusform>
            <numerusform>%n commentaires du professeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>pack of %1</source>
        <translation>paquet de %1</translation>
    </message>
    <message>
        <source>Open your profile first.</source>
        <translation>Ouvrez d’abord votre profil.</translation>
    </message>
    <message>
        <source>Choose where to write the pack (your USB stick).</source>
        <translation>Choisissez où écrire le paquet (votre clé USB).</translation>
    </message>
    <message>
        <source>Pack written: %1</source>
        <translation>Paquet écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the stick to your teacher: your work reaches them when they import it.</source>
        <translation>Donnez la clé à votre professeur&#xa0;: votre travail lui arrive quand il l’importe.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be packed: they are not on this device yet (sync first).</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être mis dans le paquet&#xa0;: il n’est pas encore sur cet appareil (synchronisez d’abord).</numerusform>
            <numerusform>%n fichiers n’ont pas pu être mis dans le paquet&#xa0;: ils ne sont pas encore sur cet appareil (synchronisez d’abord).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in this pack from %1: everything was already here.</source>
        <translation>Rien de nouveau dans ce paquet de %1&#xa0;: tout était déjà là.</translation>
    </message>
    <message>
        <source>Received from %1 (%2).</source>
        <translation>Reçu de %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) new on this device</source>
        <translation>
            <numerusform>%n modification nouvelle sur cet appareil</numerusform>
            <numerusform>%n modifications nouvelles sur cet appareil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n déjà là</numerusform>
            <numerusform>%n déjà là</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent to the hub at the next sync.</source>
        <translation>
            <numerusform>%n modification sera envoyée au serveur à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications seront envoyées au serveur à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device now trusted: %1</source>
        <translation>Appareil désormais reconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your profile is no longer on this device.</source>
        <translation>Votre profil n’est plus sur cet appareil.</translation>
    </message>
    <message>
        <source>Writing the pack… (a year of a class takes a few seconds)</source>
        <translation>Écriture du paquet… (une année d’une classe prend quelques secondes)</translation>
    </message>
    <message>
        <source>Checking and importing the pack…</source>
        <translation>Vérification et import du paquet…</translation>
    </message>
    <message>
        <source>Checking your PIN and bringing in your class…</source>
        <translation>Vérification de ton code PIN et arrivée de ta classe…</translation>
    </message>
    <message>
        <source>Wait until the pack in progress is finished.</source>
        <translation>Attendez que le paquet en cours soit terminé.</translation>
    </message>
    <message>
        <source>Stopped: the pack was not written.</source>
        <translation>Arrêté&#xa0;: le paquet n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The data folder could not be opened, so nobody can be added. Check the folder and restart.</source>
        <translation>Le dossier des données n’a pas pu être ouvert, personne ne peut donc être ajouté. Vérifiez le dossier et relancez.</translation>
    </message>
    <message>
        <source>Choose the pack your teacher gave you (a .continuite file on the USB stick).</source>
        <translation>Choisis le paquet que ton professeur t’a donné (un fichier .continuite sur la clé USB).</translation>
    </message>
    <message>
        <source>Type the login code written on your card.</source>
        <translation>Tape le code de connexion écrit sur ta carte.</translation>
    </message>
    <message>
        <source>Type the PIN written on your card.</source>
        <translation>Tape le code PIN écrit sur ta carte.</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Type the PIN on your card.</source>
        <translation>Tape le code PIN de ta carte.</translation>
    </message>
    <message>
        <source>You are in the classroom: your lessons come and your work goes with no internet.</source>
        <translation>Tu es dans la classe&#xa0;: tes leçons arrivent et ton travail part sans internet.</translation>
    </message>
    <message>
        <source>Write the pack for the class</source>
        <translation>Écrire le paquet de la classe</translation>
    </message>
    <message>
        <source>Write my work for my teacher</source>
        <translation>Écrire mon travail pour mon professeur</translation>
    </message>
    <message>
        <source>Continuité packs (*.continuite)</source>
        <translation>Paquets Continuité (*.continuite)</translation>
    </message>
    <message>
        <source>Choose a pack to import</source>
        <translation>Choisir un paquet à importer</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <translation>Retour à mes leçons</translation>
    </message>
    <message>
        <source>Exchanges without internet</source>
        <translation>Échanges sans internet</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <source>Write the class&apos;s lessons and assignments for households with no internet; import the work they bring back.</source>
        <translation>Écrivez les leçons et les devoirs de la classe pour les familles sans internet&#xa0;; importez le travail qu’elles rapportent.</translation>
    </message>
    <message>
        <source>Write your work for your teacher; import the pack your teacher gave you.</source>
        <translation>Écris ton travail pour ton professeur&#xa0;; importe le paquet qu’il t’a donné.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Class of the pack</source>
        <translation>Classe du paquet</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>The whole class</source>
        <translation>Toute la classe</translation>
    </message>
    <message>
        <source>Who the pack is for: the whole class or one student</source>
        <translation>Pour qui est le paquet&#xa0;: toute la classe ou un élève</translation>
    </message>
    <message>
        <source>Write a pack…</source>
        <translation>Écrire un paquet…</translation>
    </message>
    <message>
        <source>Write my work…</source>
        <translation>Écrire mon travail…</translation>
    </message>
    <message>
        <source>Write a pack of the class on a USB stick</source>
        <translation>Écrire un paquet de la classe sur une clé USB</translation>
    </message>
    <message>
        <source>Write my work on a USB stick for my teacher</source>
        <translation>Écrire mon travail sur une clé USB pour mon professeur</translation>
    </message>
    <message>
        <source>Import a pack…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <source>Import a pack from a USB stick</source>
        <translation>Importer un paquet depuis une clé USB</translation>
    </message>
    <message>
        <source>Classroom without internet</source>
        <translation>Classe sans internet</translation>
    </message>
    <message>
        <source>Students type this address and code (or scan the code). Leaving this page closes the classroom.</source>
        <translation>Les élèves tapent cette adresse et ce code (ou scannent le QR code). Quitter cette page ferme la classe.</translation>
    </message>
    <message>
        <source>Serve the class on this room&apos;s network: students sync with this computer, and their work goes to the school&apos;s hub at your next sync.</source>
        <translation>Ouvrez la classe sur le réseau de la salle&#xa0;: les élèves se synchronisent avec cet ordinateur, et leur travail part vers le serveur de l’école à votre prochaine synchronisation.</translation>
    </message>
    <message>
        <source>In class, type the address and code shown on your teacher&apos;s screen, then the PIN on your card.</source>
        <translation>En classe, tape l’adresse et le code affichés sur l’écran de ton professeur, puis le code PIN de ta carte.</translation>
    </message>
    <message>
        <source>Close the classroom</source>
        <translation>Fermer la classe</translation>
    </message>
    <message>
        <source>Open the classroom</source>
        <translation>Ouvrir la classe</translation>
    </message>
    <message>
        <source>Close the classroom: students can no longer sync here</source>
        <translation>Fermer la classe&#xa0;: les élèves ne pourront plus se synchroniser ici</translation>
    </message>
    <message>
        <source>Open the classroom for the chosen class on this room&apos;s network</source>
        <translation>Ouvrir la classe choisie sur le réseau de la salle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) connected</source>
        <translation>
            <numerusform>%n élève connecté</numerusform>
            <numerusform>%n élèves connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of work received</source>
        <translation>
            <numerusform>%n travail reçu</numerusform>
            <numerusform>%n travaux reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code of the classroom&apos;s address</source>
        <translation>QR code de l’adresse de la classe</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:8765</source>
        <translation>par ex. 192.168.1.10:8765</translation>
    </message>
    <message>
        <source>The PIN on your card</source>
        <translation>Le code PIN de ta carte</translation>
    </message>
    <message>
        <source>Join the classroom</source>
        <translation>Rejoindre la classe</translation>
    </message>
    <message>
        <source>Join the classroom with this address and code</source>
        <translation>Rejoindre la classe avec cette adresse et ce code</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>A student starting on a new device with no internet needs a pack made for them (choose their name): only it can check the PIN on their card.</source>
        <translation>Un élève qui commence sur un nouvel appareil sans internet a besoin d’un paquet fait pour lui (choisissez son nom)&#xa0;: seul celui-ci peut vérifier le code PIN de sa carte.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop writing or reading the pack: nothing is changed</source>
        <translation>Arrêter l’écriture ou la lecture du paquet&#xa0;: rien n’est modifié</translation>
    </message>
    <message>
        <source>Write the pack on %1</source>
        <translation>Écrire le paquet sur %1</translation>
    </message>
    <message>
        <source>Put my work on %1</source>
        <translation>Mettre mon travail sur %1</translation>
    </message>
    <message>
        <source>Write the pack on the USB stick %1 (%2)</source>
        <translation>Écrire le paquet sur la clé USB %1 (%2)</translation>
    </message>
    <message>
        <source>Put my work on the USB stick %1 (%2)</source>
        <translation>Mettre mon travail sur la clé USB %1 (%2)</translation>
    </message>
    <message>
        <source>Plug in a USB stick: it shows here as a button.</source>
        <translation>Branchez une clé USB&#xa0;: elle apparaît ici sous forme de bouton.</translation>
    </message>
    <message>
        <source>Plug in your USB stick: it shows here as a button.</source>
        <translation>Branche ta clé USB&#xa0;: elle apparaît ici sous forme de bouton.</translation>
    </message>
    <message>
        <source>Elsewhere…</source>
        <translation>Ailleurs…</translation>
    </message>
    <message>
        <source>Classroom open. Students type the address %1 and the code %2.</source>
        <translation>Classe ouverte. Les élèves tapent l’adresse %1 et le code %2.</translation>
    </message>
    <message>
        <source>Classroom closed.</source>
        <translation>Classe fermée.</translation>
    </message>
    <message>
        <source>It really is their device: import</source>
        <translation>C’est bien son appareil&#xa0;: importer</translation>
    </message>
    <message>
        <source>Confirm that this new device is really theirs, and import the pack</source>
        <translation>Confirmer que ce nouvel appareil est bien le sien, et importer le paquet</translation>
    </message>
    <message>
        <source>Back to the page you were on</source>
        <translation>Revenir à la page d’avant</translation>
    </message>
    <message>
        <source>If it really is their device, press the button “%1”.</source>
        <translation>Si c’est bien son appareil&#xa0;: bouton «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>14 letters and digits</source>
        <translation>14 lettres et chiffres</translation>
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
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer is too large.</source>
        <translation>La réponse du serveur est trop grande.</translation>
    </message>
    <message>
        <source>Could not write the file being downloaded (is the disk full?).</source>
        <translation>Impossible d’écrire le fichier en cours de téléchargement (le disque est-il plein&#xa0;?).</translation>
    </message>
    <message>
        <source>The connection stalled or timed out (%1).</source>
        <translation>La connexion s’est bloquée ou a expiré (%1).</translation>
    </message>
    <message>
        <source>Network error: %1.</source>
        <translation>Erreur réseau&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer arrived damaged.</source>
        <translation>La réponse du serveur est arrivée abîmée.</translation>
    </message>
    <message>
        <source>The hub is busy or unavailable (HTTP %1).</source>
        <translation>Le serveur est occupé ou indisponible (HTTP %1).</translation>
    </message>
    <message>
        <source>This classroom&apos;s address was not checked against the code on the teacher&apos;s screen: join the classroom again with that code.</source>
        <translation>L’adresse de cette classe n’a pas été vérifiée avec le code affiché sur l’écran du professeur&#xa0;: rejoins la classe avec ce code.</translation>
    </message>
    <message>
        <source>The server at this address showed no usable certificate.</source>
        <translation>Le serveur à cette adresse n’a présenté aucun certificat utilisable.</translation>
    </message>
</context>
<context>
    <name>HubFailure</name>
    <message>
        <source>The hub does not accept this device any more (%1). Sign in again.</source>
        <translation>Le serveur n’accepte plus cet appareil (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The hub refused (HTTP %1): %2</source>
        <translation>Le serveur a refusé (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The hub answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>HubSignIn</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The data folder could not be opened, so nobody can be added. Check the folder and restart.</source>
        <translation>Le dossier des données n’a pas pu être ouvert&#xa0;: personne ne peut être ajouté. Vérifie le dossier et redémarre l’application.</translation>
    </message>
    <message>
        <source>Already signing in: wait a moment.</source>
        <translation>Connexion déjà en cours&#xa0;: patiente un instant.</translation>
    </message>
    <message>
        <source>Type the address of the school&apos;s server, as your teacher gave it (for example http://192.168.1.10:8080).</source>
        <translation>Tape l’adresse du serveur de l’école, telle que ton professeur l’a donnée (par exemple http://192.168.1.10:8080).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Type it as your teacher gave it, for example http://192.168.1.10:8080.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur. Tape-la telle que ton professeur l’a donnée, par exemple http://192.168.1.10:8080.</translation>
    </message>
    <message>
        <source>Type the login code written on your card.</source>
        <translation>Tape le code de connexion écrit sur ta carte.</translation>
    </message>
    <message>
        <source>Type the PIN written on your card (teachers: your password).</source>
        <translation>Tape le code PIN écrit sur ta carte (professeurs&#xa0;: votre mot de passe).</translation>
    </message>
    <message>
        <source>The login code or the PIN is wrong. Check both on your login card and type them again.</source>
        <translation>Le code de connexion ou le code PIN est faux. Vérifie-les sur ta carte de connexion et tape-les à nouveau.</translation>
    </message>
    <message>
        <source>Too many tries with this login code. Wait a few minutes, then try again.</source>
        <translation>Trop d’essais avec ce code de connexion. Attends quelques minutes, puis réessaie.</translation>
    </message>
    <message>
        <source>The school&apos;s server at %1 could not be reached. Check the address, or come back when you have network. (%2)</source>
        <translation>Le serveur de l’école (%1) ne répond pas. Vérifie l’adresse, ou reviens quand tu auras du réseau. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not as a Continuité server does. Check the address with your teacher. (%2)</source>
        <translation>Le serveur %1 a répondu, mais pas comme un serveur Continuité. Vérifie l’adresse avec ton professeur. (%2)</translation>
    </message>
    <message>
        <source>You are signed in, and your profile was already on this device with another PIN. Go back, choose your card and type the PIN you use here.</source>
        <translation>Tu es connecté, et ton profil était déjà sur cet appareil avec un autre code PIN. Reviens aux cartes, choisis la tienne et tape le code PIN que tu utilises ici.</translation>
    </message>
    <message>
        <source>Welcome, %1. Your lessons are on their way.</source>
        <translation>Bienvenue, %1. Tes leçons arrivent.</translation>
    </message>
    <message>
        <source>The hub knows this login as another person: a separate profile was made on this device. Sign in to it from the profile cards.</source>
        <translation>Le serveur connaît cet identifiant comme une autre personne&#xa0;: un profil séparé a été créé sur cet appareil. Ouvre-le depuis les cartes des profils.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
</context>
<context>
    <name>ImageReducer</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is too large for a picture (%2, at most %3): it is not a photo that can be made light.</source>
        <translation>%1 est trop gros pour une image (%2, au plus %3)&#xa0;: ce n’est pas une photo qu’on peut alléger.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: nothing was attached.</source>
        <translation>%1 est vide&#xa0;: rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is named like a picture but its content is not one (damaged, or another kind of file): nothing was attached.</source>
        <translation>%1 porte un nom d’image mais son contenu n’en est pas une (abîmé, ou un autre genre de fichier)&#xa0;: rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is named like a picture but it is a %2 (%3): give it its true extension (.%4) and attach it again; nothing was attached.</source>
        <translation>%1 porte un nom d’image mais c’est un %2 (%3)&#xa0;: lui redonner sa vraie extension (.%4) puis le joindre à nouveau&#xa0;; rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is a HEIC photo, which this device cannot read: on the phone, choose &quot;Most compatible&quot; (JPEG) in the camera&apos;s settings, or share the photo as JPEG. Nothing was attached.</source>
        <translation>%1 est une photo HEIC, que cet appareil ne sait pas lire&#xa0;: sur le téléphone, choisir «&#xa0;Le plus compatible&#xa0;» (JPEG) dans les réglages de l’appareil photo, ou partager la photo en JPEG. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is a picture in a format this device cannot make light (%2): save it as JPEG or PNG and attach it again. Nothing was attached.</source>
        <translation>%1 est une image dans un format que cet appareil ne sait pas alléger (%2)&#xa0;: l’enregistrer en JPEG ou en PNG puis la joindre à nouveau. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture: it may be damaged. Nothing was attached.</source>
        <translation>%1 ne peut pas être lu comme une image&#xa0;: il est peut-être abîmé. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 announces %2 × %3 pixels, far more than any photo: it cannot be opened safely and was not attached.</source>
        <translation>%1 annonce %2 × %3 pixels, bien plus qu’aucune photo&#xa0;: il ne peut pas être ouvert sans risque et n’a pas été joint.</translation>
    </message>
    <message>
        <source>%1 is cut short (an interrupted copy or download?): copy the photo again from the phone. Nothing was attached.</source>
        <translation>%1 est incomplet (une copie ou un téléchargement interrompu&#xa0;?)&#xa0;: copier à nouveau la photo depuis le téléphone. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 could not be made light (the picture could not be encoded). Nothing was attached.</source>
        <translation>%1 n’a pas pu être allégé (l’image n’a pas pu être encodée). Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is a JPEG of %2 × %3 pixels saved in several passes: opening it would take too much of this computer&apos;s memory, so it was not attached. Save it as a normal JPEG, or smaller, and attach it again.</source>
        <translation>%1 est un JPEG de %2 × %3 pixels enregistré en plusieurs passes&#xa0;: l’ouvrir prendrait trop de la mémoire de cet ordinateur, il n’a donc pas été joint. Enregistrez-le en JPEG normal, ou plus petit, et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is a JPEG saved in more than %2 passes, which no camera or program does: reading it would freeze this computer for seconds, so it was not attached. Save it again as a normal JPEG, and attach it again.</source>
        <translation>%1 est un JPEG enregistré en plus de %2&#xa0;passes, ce qu’aucun appareil ni logiciel ne fait&#xa0;: le lire figerait cet ordinateur pendant des secondes, il n’a donc pas été joint. Enregistrez-le de nouveau comme un JPEG normal, puis joignez-le encore.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>This photo could not be shown: the file may be damaged.</source>
        <translation>Cette photo n’a pas pu être affichée&#xa0;: le fichier est peut-être abîmé.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Réduire (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit to the width (0)</source>
        <translation>Ajuster à la largeur (0)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Agrandir (+)</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>+ and − zoom in and out, the arrows move around the photo, 0 fits it again</source>
        <translation>+ et − agrandissent ou réduisent, les flèches se déplacent sur la photo, 0 la montre en entier</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>LanController</name>
    <message>
        <source>Only a teacher can open the classroom.</source>
        <translation>Seul un professeur peut ouvrir la classe.</translation>
    </message>
    <message>
        <source>Type the address shown on your teacher&apos;s screen (for example 192.168.1.10:8765).</source>
        <translation>Tape l’adresse affichée sur l’écran de ton professeur (par exemple 192.168.1.10:8765).</translation>
    </message>
    <message>
        <source>Type the code shown on your teacher&apos;s screen, beside the address.</source>
        <translation>Tape le code affiché sur l’écran de ton professeur, à côté de l’adresse.</translation>
    </message>
    <message>
        <source>The code on your teacher&apos;s screen has %1 letters and digits; you typed %2. Check it and type it again.</source>
        <translation>Le code sur l’écran de ton professeur a %1 lettres et chiffres&#xa0;; tu en as tapé %2. Vérifie-le et tape-le à nouveau.</translation>
    </message>
    <message>
        <source>There is no open classroom with this code at %1. Check the code on your teacher&apos;s screen (a new one is made each time the classroom opens) and type it again.</source>
        <translation>Aucune classe ouverte avec ce code à l’adresse %1. Vérifie le code sur l’écran de ton professeur (il change à chaque ouverture de la classe) et tape-le à nouveau.</translation>
    </message>
    <message>
        <source>The login code or the PIN is wrong. Check both on your login card and type them again.</source>
        <translation>Le code de connexion ou le code PIN est faux. Vérifie-les sur ta carte de connexion et tape-les à nouveau.</translation>
    </message>
    <message>
        <source>The classroom at %1 could not be reached. Check the address on your teacher&apos;s screen, that the classroom is open, and that this device is on the room&apos;s network (its Wi-Fi).</source>
        <translation>La classe à l’adresse %1 ne répond pas. Vérifie l’adresse sur l’écran de ton professeur, que la classe est ouverte, et que cet appareil est sur le réseau de la salle (son Wi-Fi).</translation>
    </message>
    <message>
        <source>Something answered at %1, but not your teacher&apos;s classroom. Check the address on your teacher&apos;s screen. (%2)</source>
        <translation>Quelque chose a répondu à l’adresse %1, mais pas la classe de ton professeur. Vérifie l’adresse sur l’écran de ton professeur. (%2)</translation>
    </message>
    <message>
        <source>Too many wrong tries from this device (the classroom code, or the login code and PIN). Wait a few minutes, then try again.</source>
        <translation>Trop d’essais erronés depuis cet appareil (le code de la classe, ou le code de connexion et le code PIN). Attends quelques minutes, puis réessaie.</translation>
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
    <message>
        <source>Attach files to a lesson (stored once, by content; pictures as light copies).</source>
        <translation>Joindre des fichiers à une leçon (gardés une fois, par contenu&#xa0;; les images en copie légère).</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>This lesson cannot be edited here: it is not one of your classes&apos; lessons.</source>
        <translation>Cette leçon ne peut pas être modifiée ici&#xa0;: ce n’est pas une leçon de vos classes.</translation>
    </message>
    <message>
        <source>The class day “%1” is not a date: write it as 04/12/2026, or leave it empty.</source>
        <translation>Le jour de classe «&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez-le comme 04/12/2026, ou laissez-le vide.</translation>
    </message>
    <message>
        <source>Choose a class first: a lesson belongs to a class.</source>
        <translation>Choisissez d’abord une classe&#xa0;: une leçon appartient à une classe.</translation>
    </message>
    <message>
        <source>The file %1 cannot be found: choose it again.</source>
        <translation>Le fichier %1 est introuvable&#xa0;: choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Give the lesson a title first: it is saved as a draft before a file is attached.</source>
        <translation>Donnez d’abord un titre à la leçon&#xa0;: elle est enregistrée comme brouillon avant qu’un fichier y soit joint.</translation>
    </message>
    <message>
        <source>This lesson is no longer here.</source>
        <translation>Cette leçon n’est plus là.</translation>
    </message>
    <message>
        <source>“Before class” is empty: your students will have nothing to study at home before the lesson.</source>
        <translation>«&#xa0;Avant la classe&#xa0;» est vide&#xa0;: vos élèves n’auront rien à étudier à la maison avant la leçon.</translation>
    </message>
    <message>
        <source>“In class” is empty: nothing says what you will do together.</source>
        <translation>«&#xa0;En classe&#xa0;» est vide&#xa0;: rien ne dit ce que vous ferez ensemble.</translation>
    </message>
    <message>
        <source>“After class” is empty: nothing to practise or look back on afterwards.</source>
        <translation>«&#xa0;Après la classe&#xa0;» est vide&#xa0;: rien pour s’exercer ou revenir sur la leçon ensuite.</translation>
    </message>
    <message>
        <source>No student in this class yet: nobody gets the lesson until you add students in Classes &amp; roster.</source>
        <translation>Aucun élève dans cette classe pour l’instant&#xa0;: personne ne recevra la leçon avant que vous ajoutiez des élèves dans Classes et élèves.</translation>
    </message>
    <message>
        <source>%1 is still being made light: wait for it, or stop it, before attaching another file.</source>
        <translation>%1 est encore en cours d’allègement&#xa0;: attendez la fin, ou arrêtez-le, avant de joindre un autre fichier.</translation>
    </message>
    <message>
        <source>Nobody is signed in: choose your profile first.</source>
        <translation>Personne n’est connecté&#xa0;: choisissez d’abord votre profil.</translation>
    </message>
    <message>
        <source>Your voice note is kept: give the lesson a title and save it, and the note is attached.</source>
        <translation>Votre note vocale est gardée&#xa0;: donnez un titre à la leçon et enregistrez-la, et la note y sera jointe.</translation>
    </message>
    <message>
        <source>Your voice note is kept: it is attached when the lesson is saved.</source>
        <translation>Votre note vocale est gardée&#xa0;: elle sera jointe quand la leçon sera enregistrée.</translation>
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
        <source>The link “%1” in “%2” has no address: your students cannot open it. Write the web page’s address after https://.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n’a pas d’adresse&#xa0;: vos élèves ne pourront pas l’ouvrir. Écrivez l’adresse de la page après https://.</translation>
    </message>
    <message>
        <source>The link “%1” in “%2” will not open for your students: “%3” is not a whole web address. Write it with https:// in front.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» ne s’ouvrira pas chez vos élèves&#xa0;: «&#xa0;%3&#xa0;» n’est pas une adresse web complète. Écrivez-la avec https:// devant.</translation>
    </message>
</context>
<context>
    <name>LessonGrid</name>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Lessons and students: who opened and who finished each lesson</source>
        <translation>Leçons et élèves&#xa0;: qui a ouvert et qui a terminé chaque leçon</translation>
    </message>
    <message>
        <source>No student in this class yet: add them in Classes &amp; roster.</source>
        <translation>Pas encore d’élève dans cette classe&#xa0;: ajoutez-les dans Classes et élèves.</translation>
    </message>
    <message>
        <source>No lesson published yet: the grid fills in as you publish lessons.</source>
        <translation>Aucune leçon publiée pour l’instant&#xa0;: la grille se remplit à mesure que vous publiez.</translation>
    </message>
    <message>
        <source>✓ finished (before, in and after class) · ◐ opened · – not opened · ? no news from the student yet. As of each student&apos;s last sync.</source>
        <translation>✓ terminée (avant, pendant et après la classe) · ◐ ouverte · – pas ouverte ·&#xa0;? pas encore de nouvelles de l’élève. D’après la dernière synchronisation de chaque élève.</translation>
    </message>
    <message>
        <source>✓ finished · ◐ opened · – not opened · ? no news yet</source>
        <translation>✓ terminée · ◐ ouverte · – pas ouverte ·&#xa0;? pas de nouvelles</translation>
    </message>
    <message>
        <source>Up and Down: a student. Left and Right: a lesson. Home and End: the first and the last lesson. Ctrl+Home and Ctrl+End: the first and the last student. Page Up and Page Down: a screen of students. Enter: the student&apos;s page.</source>
        <translation>Haut et Bas&#xa0;: un élève. Gauche et Droite&#xa0;: une leçon. Début et Fin&#xa0;: la première et la dernière leçon. Ctrl+Début et Ctrl+Fin&#xa0;: le premier et le dernier élève. Page précédente et Page suivante&#xa0;: un écran d’élèves. Entrée&#xa0;: la page de l’élève.</translation>
    </message>
</context>
<context>
    <name>LessonGridModel</name>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Pas ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n opened</source>
        <translation>
            <numerusform>%1 sur %n leçon ouverte</numerusform>
            <numerusform>%1 sur %n leçons ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>No news yet</source>
        <translation>Pas de nouvelles</translation>
    </message>
    <message numerus="yes">
        <source>No news for %n day(s)</source>
        <translation>
            <numerusform>Sans nouvelles depuis %n&#xa0;jour</numerusform>
            <numerusform>Sans nouvelles depuis %n&#xa0;jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonGridRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
    <name>LessonPartArea</name>
    <message>
        <source>Write in Markdown: # a title, **bold**, - a list, ![a picture](media:…)</source>
        <translation>Écrivez en Markdown&#xa0;: # un titre, **gras**, - une liste, ![une image](media:…)</translation>
    </message>
    <message>
        <source>Text of the part “%1”, in Markdown</source>
        <translation>Texte de la partie «&#xa0;%1&#xa0;», en Markdown</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Picture not found: %1</source>
        <translation>Image introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Picture not found</source>
        <translation>Image introuvable</translation>
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
        <source>To download: %1</source>
        <translation>À télécharger&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of files wait: the data settings keep them for a network that does not count data.</source>
        <translation>%1 de fichiers attendent&#xa0;: les réglages de données les gardent pour un réseau qui ne compte pas les données.</translation>
    </message>
    <message>
        <source>%1 of files will arrive at the next sync.</source>
        <translation>%1 de fichiers arriveront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Download anyway (%1)</source>
        <translation>Télécharger quand même (%1)</translation>
    </message>
    <message>
        <source>Download the files of this lesson now anyway: %1</source>
        <translation>Télécharger quand même maintenant les fichiers de cette leçon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Homework of this lesson</source>
        <translation>Les devoirs de cette leçon</translation>
    </message>
    <message>
        <source>%1, handed in: open it</source>
        <translation>%1, remis&#xa0;: l’ouvrir</translation>
    </message>
    <message>
        <source>%1, %2: open it</source>
        <translation>%1, %2&#xa0;: l’ouvrir</translation>
    </message>
    <message>
        <source>✓ “%1” done</source>
        <translation>✓ «&#xa0;%1&#xa0;» fait</translation>
    </message>
    <message>
        <source>I have done “%1”</source>
        <translation>J’ai fini «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is marked as done</source>
        <translation>«&#xa0;%1&#xa0;» est marqué comme fait</translation>
    </message>
    <message>
        <source>Mark “%1” as done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme fait</translation>
    </message>
    <message>
        <source>✓ Lesson done: your teacher sees it at the next sync.</source>
        <translation>✓ Leçon finie&#xa0;: ton professeur le verra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>“%1” done. Lesson done: your teacher sees it at the next sync.</source>
        <translation>«&#xa0;%1&#xa0;» est fait. Leçon terminée&#xa0;: ton professeur le verra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>“%1” done.</source>
        <translation>«&#xa0;%1&#xa0;» est fait.</translation>
    </message>
</context>
<context>
    <name>LoginCardPrinter</name>
    <message>
        <source>Continuité — login card</source>
        <translation>Continuité — carte de connexion</translation>
    </message>
    <message>
        <source>Login code:</source>
        <translation>Code de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>To sign in to Continuité, type this login code, then this PIN. Keep the PIN secret: if you lose this card, your teacher gives you a new PIN.</source>
        <translation>Pour te connecter à Continuité, tape ce code de connexion, puis ce code PIN. Garde le code PIN secret&#xa0;: si tu perds cette carte, ton professeur te donne un nouveau code PIN.</translation>
    </message>
    <message>
        <source>There is no student to print a card for: add students first.</source>
        <translation>Il n’y a aucun élève pour qui imprimer une carte&#xa0;: ajoutez d’abord des élèves.</translation>
    </message>
    <message>
        <source>Login cards</source>
        <translation>Cartes de connexion</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable and the disk not full.</source>
        <translation>Impossible d’écrire %1&#xa0;: vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
</context>
<context>
    <name>LoginRequest</name>
    <message>
        <source>Wrong login or password (or PIN).</source>
        <translation>Identifiant ou mot de passe (ou code PIN) incorrect.</translation>
    </message>
    <message>
        <source>This account is signed in on too many devices: one you no longer use must be signed out first (in the settings of another device, or by a teacher), then sign in here.</source>
        <translation>Ce compte est connecté sur trop d’appareils&#xa0;: il faut d’abord en déconnecter un qui ne sert plus (dans les réglages d’un autre appareil, ou par un enseignant), puis se connecter ici.</translation>
    </message>
    <message>
        <source>This device was signed out of this account for good. Reset the app on it (or install it again) to sign in as a new device.</source>
        <translation>Cet appareil a été déconnecté de ce compte pour de bon. Réinitialiser l’application sur cet appareil (ou la réinstaller) pour se connecter comme un nouvel appareil.</translation>
    </message>
    <message>
        <source>This device&apos;s key already belongs to another device of this account (or a teacher vouched for it under another name). Reset the app on this device (or install it again) to sign in as a new device.</source>
        <translation>La clé de cet appareil appartient déjà à un autre appareil de ce compte (ou un enseignant l’a déclarée sous un autre nom). Réinitialisez l’application sur cet appareil (ou réinstallez-la) pour vous connecter comme un nouvel appareil.</translation>
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
    <message>
        <source>Page: %1</source>
        <translation>Page&#xa0;: %1</translation>
    </message>
    <message>
        <source>Top bar: %1</source>
        <translation>Barre du haut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync bar: %1</source>
        <translation>Barre de synchronisation&#xa0;: %1</translation>
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
    <name>MarkdownToolbar</name>
    <message>
        <source>bold words</source>
        <translation>mots en gras</translation>
    </message>
    <message>
        <source>words of the link</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Make the line a title</source>
        <translation>Faire de la ligne un titre</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Put the chosen words in bold (Ctrl+B)</source>
        <translation>Mettre les mots choisis en gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Make the chosen lines a list</source>
        <translation>Faire des lignes choisies une liste</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Make the chosen words a link to a web page (Ctrl+K)</source>
        <translation>Faire des mots choisis un lien vers une page web (Ctrl+K)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Put one of the lesson&apos;s pictures in the text</source>
        <translation>Mettre une des images de la leçon dans le texte</translation>
    </message>
    <message>
        <source>Attach a picture…</source>
        <translation>Joindre une image…</translation>
    </message>
    <message>
        <source>Tables, code, HTML, underlined titles and separator lines (---) are left as they are: the buttons do not change them.</source>
        <translation>Les tableaux, le code, le HTML, les titres soulignés et les lignes de séparation (---) restent tels quels&#xa0;: les boutons ne les changent pas.</translation>
    </message>
    <message>
        <source>Pictures of the lesson</source>
        <translation>Images de la leçon</translation>
    </message>
</context>
<context>
    <name>MarkingPage</name>
    <message>
        <source>Returned to %1.</source>
        <translation>Travail renvoyé à %1.</translation>
    </message>
    <message>
        <source>‹ List</source>
        <translation>‹ Liste</translation>
    </message>
    <message>
        <source>Back to the list of work (Escape)</source>
        <translation>Revenir à la liste des travaux (Échap)</translation>
    </message>
    <message>
        <source>version %1 of %2 · %3</source>
        <translation>version %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Student %1 of %2</source>
        <translation>Élève %1 sur %2</translation>
    </message>
    <message>
        <source>Previous student’s work (Alt+Left)</source>
        <translation>Travail de l’élève précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Dernier travail</translation>
    </message>
    <message>
        <source>Next student’s work: %1 (Alt+Right)</source>
        <translation>Travail de l’élève suivant&#xa0;: %1 (Alt+Droite)</translation>
    </message>
    <message>
        <source>This is the last student’s work</source>
        <translation>C’est le travail du dernier élève</translation>
    </message>
    <message>
        <source>Files handed in</source>
        <translation>Fichiers remis</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing written with this work.</source>
        <translation>Aucun texte avec ce travail.</translation>
    </message>
    <message>
        <source>Returned, %1 %2</source>
        <translation>Corrigé, %1 %2</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Your comment for %1</source>
        <translation>Votre commentaire pour %1</translation>
    </message>
    <message>
        <source>Comment for %1</source>
        <translation>Commentaire pour %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score for %1, out of %2</source>
        <translation>Note de %1, sur %2</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Return the work to %1 with the comment and the score (Ctrl+Enter)</source>
        <translation>Renvoyer le travail corrigé à %1 avec le commentaire et la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>That was the last one.</source>
        <translation>C’était le dernier.</translation>
    </message>
    <message>
        <source>“%1” is not on this computer yet: it comes with the next sync.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas encore sur cet ordinateur&#xa0;: il arrivera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown in the app.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être affiché dans l’application.</translation>
    </message>
    <message>
        <source>No file and no text with this work.</source>
        <translation>Ni fichier ni texte avec ce travail.</translation>
    </message>
    <message>
        <source>Enter: a new line · Ctrl+Enter: return the work</source>
        <translation>Entrée&#xa0;: à la ligne · Ctrl+Entrée&#xa0;: renvoyer le travail</translation>
    </message>
    <message>
        <source>What %1 wrote</source>
        <translation>Ce qu’a écrit %1</translation>
    </message>
    <message>
        <source>File handed in by %1</source>
        <translation>Fichier remis par %1</translation>
    </message>
</context>
<context>
    <name>MediaPlayerPage</name>
    <message>
        <source>‹ Back to the lesson</source>
        <translation>‹ Retour à la leçon</translation>
    </message>
    <message>
        <source>This file cannot be played here (%1). Sync again to download it anew, or ask your teacher for another format.</source>
        <translation>Ce fichier ne peut pas être lu ici (%1). Synchronise à nouveau pour le retélécharger, ou demande un autre format à ton professeur.</translation>
    </message>
    <message>
        <source>Listen with headphones if others are working nearby.</source>
        <translation>Écoute avec un casque si d’autres travaillent à côté.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Mettre %1 en pause</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>Lire %1</translation>
    </message>
    <message>
        <source>Position: %1 of %2</source>
        <translation>Position&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>position / duration</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Space: play or pause · Left/Right: 5 seconds back or forward · Escape: back to the lesson</source>
        <translation>Espace&#xa0;: lire ou mettre en pause · Gauche/Droite&#xa0;: 5 secondes en arrière ou en avant · Échap&#xa0;: retour à la leçon</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>minutes, then seconds</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>MediaPreparation</name>
    <message>
        <source>Making the light copy of %1…</source>
        <translation>Copie légère de %1 en cours…</translation>
    </message>
    <message>
        <source>Making the light version of %1… %2</source>
        <extracomment>%2 is a percentage already formatted (&quot;42 %&quot;).</extracomment>
        <translation>Version légère de %1 en cours… %2</translation>
    </message>
</context>
<context>
    <name>MediaReducer</name>
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
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot make the light copy of %1: the folder %2 cannot be created.</source>
        <translation>Impossible de faire la copie légère de %1&#xa0;: le dossier %2 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Stopped: %1 was not attached.</source>
        <translation>Arrêté&#xa0;: %1 n’a pas été joint.</translation>
    </message>
    <message>
        <source>%1 is named like a video but it is a %2 (%3): give it its true extension (.%4) and attach it again; nothing was attached.</source>
        <translation>%1 porte un nom de vidéo mais c’est un %2 (%3)&#xa0;: donnez-lui sa vraie extension (.%4) et joignez-le à nouveau&#xa0;; rien n’a été joint.</translation>
    </message>
    <message>
        <source>There is no more room on the disk for the light copy of %1 (%2 needed, %3 free in %4): free some space, then try again. Nothing was attached.</source>
        <translation>Plus de place sur le disque pour la copie légère de %1 (%2 nécessaires, %3 libres dans %4)&#xa0;: libérez de la place, puis réessayez. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>The light copy of %1 could not be written: the disk is full or refuses to be written (%2 free in %3). Free some space, then try again. Nothing was attached.</source>
        <translation>La copie légère de %1 n’a pas pu être écrite&#xa0;: plus de place sur le disque, ou il refuse l’écriture (%2 libres dans %3). Libérez de la place, puis réessayez. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>first picture only: an animation is kept as one up to %1 pixels and %2, and the app shows only its first picture</source>
        <translation>première image seulement&#xa0;: une animation n’est gardée telle quelle que jusqu’à %1&#xa0;pixels et %2, et l’application n’en montre que la première image</translation>
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
    <message>
        <source>The file %1 could not be stored: the disk is full or refuses to be written (%2 free). Free some space, then try again. Nothing was changed.</source>
        <translation>Le fichier %1 n’a pas pu être enregistré&#xa0;: plus de place sur le disque, ou il refuse l’écriture (%2 libres). Libérez de la place, puis réessayez. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>Open page. %1</source>
        <translation>Page ouverte. %1</translation>
    </message>
</context>
<context>
    <name>PackPrinter</name>
    <message>
        <source>Worksheets to print with this page:</source>
        <translation>Fiches à imprimer avec cette page&#xa0;:</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Leçon %1&#xa0;: %2</translation>
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
        <source>Assignment: %1</source>
        <translation>Devoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>To hand in by %1</source>
        <translation>À remettre avant le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Ta réponse&#xa0;:</translation>
    </message>
    <message>
        <source>There is no class %1 here: check the id with &quot;class list&quot;.</source>
        <translation>Il n’y a pas de classe %1 ici&#xa0;: vérifiez l’identifiant avec «&#xa0;class list&#xa0;».</translation>
    </message>
    <message>
        <source>Only a teacher of this class can print its pack.</source>
        <translation>Seul un professeur de cette classe peut imprimer son paquet.</translation>
    </message>
    <message>
        <source>The class has no students yet: add them first (student add).</source>
        <translation>La classe n’a pas encore d’élèves&#xa0;: ajoutez-les d’abord (student add).</translation>
    </message>
    <message>
        <source>%1 is not a student of this class.</source>
        <translation>%1 n’est pas élève de cette classe.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Login code:</source>
        <translation>Code de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>on the card your teacher gave you</source>
        <translation>sur la carte donnée par ton professeur</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Professeur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — class pack</source>
        <translation>%1 — paquet de la classe</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable and the disk not full.</source>
        <translation>Impossible d’écrire %1&#xa0;: vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Video “%1”: its first picture. Watch it in the app, or at school.</source>
        <translation>Vidéo «&#xa0;%1&#xa0;»&#xa0;: sa première image. Regarde-la dans l’application, ou à l’école.</translation>
    </message>
    <message>
        <source>Could not be shown on paper (see them in the app):</source>
        <translation>Impossibles à montrer sur papier (à voir dans l’application)&#xa0;:</translation>
    </message>
    <message>
        <source>it is not on this computer yet</source>
        <translation>elle n’est pas encore sur cet ordinateur</translation>
    </message>
    <message>
        <source>damaged, or not a picture this app reads</source>
        <translation>abîmée, ou pas une image que l’application sait lire</translation>
    </message>
    <message>
        <source>it announces %1 × %2 pixels, too many to be read safely</source>
        <translation>elle annonce %1 × %2 pixels, trop pour être lue sans risque</translation>
    </message>
    <message numerus="yes">
        <source>the pack already holds %n picture(s), as many as it may</source>
        <translation>
            <numerusform>le paquet contient déjà %n image, autant qu’il peut</numerusform>
            <numerusform>le paquet contient déjà %n images, autant qu’il peut</numerusform>
        </translation>
    </message>
    <message>
        <source>Picture not printed (%1).</source>
        <translation>Image non imprimée (%1).</translation>
    </message>
    <message>
        <source>Picture not printed: %1 (%2).</source>
        <translation>Image non imprimée&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>it is saved in more than %1 passes, which would take seconds to read</source>
        <translation>elle est enregistrée en plus de %1&#xa0;passes, ce qui prendrait des secondes à lire</translation>
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
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>This page could not be shown.</source>
        <translation>Cette page n’a pas pu être affichée.</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>Page %1…</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Lecture de la page…</translation>
    </message>
    <message>
        <source>This page has no words to read: it is only a picture.</source>
        <translation>Cette page n’a pas de mots à lire&#xa0;: ce n’est qu’une image.</translation>
    </message>
</context>
<context>
    <name>PreparationRow</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop making %1 light: it is not attached</source>
        <translation>Arrêter l’allègement de %1&#xa0;: il ne sera pas joint</translation>
    </message>
    <message>
        <source>Making %1 light for mobile data…</source>
        <translation>Allègement de %1 pour les données mobiles…</translation>
    </message>
</context>
<context>
    <name>PrimaryButton</name>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Prints a class pack as a PDF: one section per student.</source>
        <translation>Imprime le paquet d’une classe en PDF&#xa0;: une partie par élève.</translation>
    </message>
    <message>
        <source>The data folder (the store and its media).</source>
        <translation>Le dossier de données (les données et leurs médias).</translation>
    </message>
    <message>
        <source>The teacher&apos;s login (password on standard input or $CONTINUITE_SECRET).</source>
        <translation>L’identifiant du professeur (mot de passe sur l’entrée standard ou dans $CONTINUITE_SECRET).</translation>
    </message>
    <message>
        <source>The class (id).</source>
        <translation>La classe (identifiant).</translation>
    </message>
    <message>
        <source>Only this student (login code or id).</source>
        <translation>Seulement cet élève (code de connexion ou identifiant).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Usage: continuite-print --data DIR [--user LOGIN] --class C [--student S] --to FILE.pdf</source>
        <translation>Utilisation&#xa0;: continuite-print --data DIR [--user LOGIN] --class C [--student S] --to FILE.pdf</translation>
    </message>
    <message>
        <source>No profile is selected: add --user LOGIN.</source>
        <translation>Aucun profil n’est choisi&#xa0;: ajoutez --user LOGIN.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %1: %n student(s)</source>
        <translation>
            <numerusform>%1 imprimé&#xa0;: %n élève</numerusform>
            <numerusform>%1 imprimé&#xa0;: %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Print this worksheet too: %1</source>
        <translation>Imprimez aussi cette fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not be printed (damaged, or not downloaded yet): %1; see it in the app.</source>
        <translation>Impossible à imprimer (abîmé, ou pas encore téléchargé)&#xa0;: %1&#xa0;; à voir dans l’application.</translation>
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
        <source>+ Add a person on this device</source>
        <translation>+ Ajouter une personne sur cet appareil</translation>
    </message>
    <message>
        <source>Add a person on this device, with their login card</source>
        <translation>Ajouter une personne sur cet appareil, avec sa carte de connexion</translation>
    </message>
    <message>
        <source>Add a person on this device</source>
        <translation>Ajouter une personne sur cet appareil</translation>
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
    <name>QuestionEditor</name>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Kind of question %1</source>
        <translation>Type de la question %1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points of question %1</source>
        <translation>Points de la question %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove question %1</source>
        <translation>Retirer la question %1</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La question</translation>
    </message>
    <message>
        <source>Text of question %1</source>
        <translation>Texte de la question %1</translation>
    </message>
    <message>
        <source>Choice %1 is a right answer</source>
        <translation>Le choix %1 est une bonne réponse</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Choix %1</translation>
    </message>
    <message>
        <source>Choice %1 of question %2</source>
        <translation>Choix %1 de la question %2</translation>
    </message>
    <message>
        <source>Remove choice %1</source>
        <translation>Retirer le choix %1</translation>
    </message>
    <message>
        <source>Tick the right answer (or answers).</source>
        <translation>Cochez la bonne réponse (ou les bonnes réponses).</translation>
    </message>
    <message>
        <source>+ Choice</source>
        <translation>+ Choix</translation>
    </message>
    <message>
        <source>Add a choice to question %1</source>
        <translation>Ajouter un choix à la question %1</translation>
    </message>
    <message>
        <source>Accepted answers, separated by ; (e.g. 3/4 ; 0,75)</source>
        <translation>Réponses acceptées, séparées par&#xa0;; (par exemple 3/4&#xa0;; 0,75)</translation>
    </message>
    <message>
        <source>Accepted answers of question %1, separated by semicolons</source>
        <translation>Réponses acceptées de la question %1, séparées par des points-virgules</translation>
    </message>
</context>
<context>
    <name>QuizModel</name>
    <message>
        <source>A quiz needs at least one question: add one.</source>
        <translation>Un quiz a besoin d’au moins une question&#xa0;: ajoutez-en une.</translation>
    </message>
    <message>
        <source>Question %1: write the question.</source>
        <translation>Question %1&#xa0;: écrivez la question.</translation>
    </message>
    <message>
        <source>Question %1: give at least two choices.</source>
        <translation>Question %1&#xa0;: proposez au moins deux choix.</translation>
    </message>
    <message>
        <source>Question %1: tick the right choice (or choices).</source>
        <translation>Question %1&#xa0;: cochez la bonne réponse (ou les bonnes réponses).</translation>
    </message>
    <message>
        <source>Question %1: write at least one accepted answer.</source>
        <translation>Question %1&#xa0;: écrivez au moins une réponse acceptée.</translation>
    </message>
    <message>
        <source>Question %1: points go from 0 to 1000.</source>
        <translation>Question %1&#xa0;: les points vont de 0 à 1000.</translation>
    </message>
</context>
<context>
    <name>QuizQuestionCard</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Several answers are right: tick them all.</source>
        <translation>Plusieurs réponses sont justes&#xa0;: coche-les toutes.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Réponse à la question %1</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>Mauvaise réponse</translation>
    </message>
    <message numerus="yes">
        <source>Question %1, %n point(s): %2</source>
        <translation>
            <numerusform>Question %1, %n point&#xa0;: %2</numerusform>
            <numerusform>Question %1, %n points&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1: right answer.</source>
        <translation>Question %1&#xa0;: bonne réponse.</translation>
    </message>
    <message>
        <source>Question %1: wrong answer.</source>
        <translation>Question %1&#xa0;: mauvaise réponse.</translation>
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
    <name>ReadingText</name>
    <message>
        <source>Blank line</source>
        <translation>Ligne vide</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Nobody is signed in: choose your profile first.</source>
        <translation>Personne n’est connecté&#xa0;: choisissez d’abord votre profil.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>a former student</source>
        <translation>un ancien élève</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu %1</translation>
    </message>
    <message>
        <source>%1 (device clock, not yet received by the hub)</source>
        <translation>%1 (horloge de l’appareil, pas encore reçu par le serveur)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The score “%1” is not a number: write it like 14 or 14.5.</source>
        <translation>La note «&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;: écrivez-la comme 14 ou 14,5.</translation>
    </message>
    <message>
        <source>%1 (no longer in the class)</source>
        <translation>%1 (n’est plus dans la classe)</translation>
    </message>
    <message>
        <source>/ %1</source>
        <comment>the scale beside a score field: out of 20</comment>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>The score cannot be negative: write a number from 0 to %1.</source>
        <translation>La note ne peut pas être négative&#xa0;: écrivez un nombre de 0 à %1.</translation>
    </message>
    <message>
        <source>The score %1 is above the scale: at most %2.</source>
        <translation>La note %1 dépasse le barème&#xa0;: %2 au plus.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Assignments to review</source>
        <translation>Devoirs à corriger</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing handed in yet: %1</source>
        <translation>Rien remis pour l’instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Work handed in for %1</source>
        <translation>Travaux remis pour %1</translation>
    </message>
    <message>
        <source>No assignment in this class yet.</source>
        <translation>Pas encore de devoir dans cette classe.</translation>
    </message>
    <message>
        <source>Nothing handed in for this assignment yet.</source>
        <translation>Rien n’a encore été remis pour ce devoir.</translation>
    </message>
    <message>
        <source>Work of %1</source>
        <translation>Travail de %1</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Choose a class first, then add its students.</source>
        <translation>Choisissez d’abord une classe, puis ajoutez ses élèves.</translation>
    </message>
    <message>
        <source>There is no student in this class yet: add them first, then print their cards.</source>
        <translation>Il n’y a pas encore d’élève dans cette classe&#xa0;: ajoutez-les d’abord, puis imprimez leurs cartes.</translation>
    </message>
    <message>
        <source>Choose where to save the cards.</source>
        <translation>Choisissez où enregistrer les cartes.</translation>
    </message>
</context>
<context>
    <name>RosterRow</name>
    <message>
        <source>%1, login code %2, PIN %3</source>
        <translation>%1, code de connexion %2, code PIN %3</translation>
    </message>
    <message>
        <source>%1, login code %2</source>
        <translation>%1, code de connexion %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <source>Give %1 a new PIN</source>
        <translation>Donner un nouveau code PIN à %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove %1 from the class</source>
        <translation>Retirer %1 de la classe</translation>
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
        <translation>Votre mot de passe</translation>
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
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>PIN of %1 (4 digits)</source>
        <translation>Code PIN de %1 (4 chiffres)</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>%1, done</source>
        <translation>%1, fait</translation>
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
    <message>
        <source>Nobody is signed in on this device.</source>
        <translation>Personne n’est connecté sur cet appareil.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same: type them again.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas les mêmes&#xa0;: tape-les à nouveau.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same: type them again.</source>
        <translation>Les deux nouveaux codes PIN ne sont pas les mêmes&#xa0;: tape-les à nouveau.</translation>
    </message>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>Un code PIN ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>This is not the password of %1. Forgotten? The school&apos;s hub administrator can give you a new one.</source>
        <translation>Ce n’est pas le mot de passe de %1. Mot de passe oublié&#xa0;? L’administrateur du serveur de l’école peut vous en donner un nouveau.</translation>
    </message>
    <message>
        <source>This is not the PIN on %1&apos;s card. Forgotten? Ask your teacher for a new PIN.</source>
        <translation>Ce n’est pas le code PIN de la carte de %1. Code oublié&#xa0;? Demande un nouveau code à ton professeur.</translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <source>%1: %2</source>
        <comment>whose secret: what it is</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Type the hub&apos;s address first, for example http://192.168.1.10:8080.</source>
        <translation>Tape d’abord l’adresse du serveur, par exemple http://192.168.1.10:8080.</translation>
    </message>
    <message>
        <source>Type your password to connect.</source>
        <translation>Tape ton mot de passe pour te connecter.</translation>
    </message>
    <message>
        <source>Type the PIN on your card to connect.</source>
        <translation>Tape le code PIN de ta carte pour te connecter.</translation>
    </message>
    <message>
        <source>The monthly cap is a whole number of MB (0: no cap).</source>
        <translation>La limite mensuelle est un nombre entier de Mo (0&#xa0;: pas de limite).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Your password on this device is changed.</source>
        <translation>Votre mot de passe sur cet appareil est changé.</translation>
    </message>
    <message>
        <source>Your PIN on this device is changed.</source>
        <translation>Ton code PIN sur cet appareil est changé.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <translation>Revenir à mes leçons</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Réglages de %1</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Connected to %1. Your work syncs by itself when there is a network.</source>
        <translation>Connecté à %1. Ton travail se synchronise tout seul quand il y a du réseau.</translation>
    </message>
    <message>
        <source>Not connected: everything stays on this device. Ask your teacher or school for the hub&apos;s address.</source>
        <translation>Pas connecté&#xa0;: tout reste sur cet appareil. Demande l’adresse du serveur à ton professeur ou à l’école.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>The PIN on your card</source>
        <translation>Le code PIN de ta carte</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connect to the hub with this address</source>
        <translation>Se connecter au serveur à cette adresse</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Data use</source>
        <translation>Consommation de données</translation>
    </message>
    <message>
        <source>Never download or send files</source>
        <translation>Ne jamais télécharger ni envoyer de fichiers</translation>
    </message>
    <message>
        <source>Files only on unmetered networks (Wi-Fi, cable)</source>
        <translation>Fichiers seulement sur un réseau illimité (Wi-Fi, câble)</translation>
    </message>
    <message>
        <source>Files always</source>
        <translation>Fichiers toujours</translation>
    </message>
    <message>
        <source>Monthly cap in MB (0: no cap)</source>
        <translation>Limite par mois en Mo (0&#xa0;: pas de limite)</translation>
    </message>
    <message>
        <source>This device cannot tell whether its network is metered: files wait as on mobile data.</source>
        <translation>Cet appareil ne sait pas dire si son réseau est limité&#xa0;: les fichiers attendent comme sur les données mobiles.</translation>
    </message>
    <message>
        <source>The network now is metered (mobile data).</source>
        <translation>Le réseau actuel est limité (données mobiles).</translation>
    </message>
    <message>
        <source>The network now is not metered.</source>
        <translation>Le réseau actuel n’est pas limité.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the data policy</source>
        <translation>Enregistrer la règle de consommation</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>Mon mot de passe</translation>
    </message>
    <message>
        <source>My PIN</source>
        <translation>Mon code PIN</translation>
    </message>
    <message>
        <source>It opens your profile on this device.</source>
        <translation>Il ouvre ce profil sur cet appareil.</translation>
    </message>
    <message>
        <source>It opens your profile on this device. To connect to the hub, use the PIN on your card.</source>
        <translation>Il ouvre ton profil sur cet appareil. Pour te connecter au serveur, utilise le code PIN de ta carte.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <source>New password (6 characters or more)</source>
        <translation>Nouveau mot de passe (6 caractères ou plus)</translation>
    </message>
    <message>
        <source>New PIN (4 digits or more)</source>
        <translation>Nouveau code PIN (4 chiffres ou plus)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe, encore</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau code PIN, encore</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Changer mon code PIN</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>These changes are kept on this device; the hub will not take them. Ask your teacher if you do not understand why.</source>
        <translation>Ces modifications sont gardées sur cet appareil&#xa0;; le serveur ne les prendra pas. Demande à ton professeur si tu ne comprends pas pourquoi.</translation>
    </message>
    <message>
        <source>Lessons and work always sync. Files (images, videos, PDFs) are heavier:</source>
        <translation>Les leçons et les devoirs se synchronisent toujours. Les fichiers (images, vidéos, PDF) sont plus lourds&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. http://192.168.1.10:8080</source>
        <translation>par ex. http://192.168.1.10:8080</translation>
    </message>
    <message>
        <source>Once connected to a hub, choose here when files (images, videos, PDFs) may use the network.</source>
        <translation>Une fois l’appareil connecté à un serveur, c’est ici que l’on choisit quand les fichiers (images, vidéos, PDF) peuvent utiliser le réseau.</translation>
    </message>
    <message>
        <source>The speed cap is a whole number of kB/s (0: no cap).</source>
        <translation>La limite de débit est un nombre entier de ko/s (0&#xa0;: pas de limite).</translation>
    </message>
    <message>
        <source>Speed cap in kB/s (0: no cap)</source>
        <translation>Limite de débit en ko/s (0&#xa0;: pas de limite)</translation>
    </message>
    <message>
        <source>Speed cap of syncs in kilobytes per second (0: no cap)</source>
        <translation>Limite de débit des synchronisations en kilo-octets par seconde (0&#xa0;: pas de limite)</translation>
    </message>
    <message>
        <source>A speed cap leaves part of a shared connection to the rest of the household; syncs take longer.</source>
        <translation>Une limite de débit laisse une part de la connexion partagée au reste de la famille&#xa0;; les synchronisations prennent plus de temps.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>For you only on this device. Ctrl++ and Ctrl+- change it from any screen, Ctrl+0 goes back to normal.</source>
        <translation>Pour ce profil seulement, sur cet appareil. Ctrl++ et Ctrl+- la changent depuis n’importe quel écran, Ctrl+0 revient à la taille normale.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texte en grand</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <source>Very large text</source>
        <translation>Texte en très grand</translation>
    </message>
    <message>
        <source>Connected to %1. Your classes&apos; work syncs by itself when there is a network.</source>
        <translation>Connecté à %1. Le travail de vos classes se synchronise tout seul quand il y a du réseau.</translation>
    </message>
    <message>
        <source>Not connected: everything stays on this device. The school&apos;s hub administrator gives the hub&apos;s address.</source>
        <translation>Pas connecté&#xa0;: tout reste sur cet appareil. L’administrateur du serveur de l’école vous en donne l’adresse.</translation>
    </message>
    <message>
        <source>These changes are kept on this device; the hub will not take them. The hub&apos;s reason is beside each one.</source>
        <translation>Ces modifications sont gardées sur cet appareil&#xa0;; le serveur ne les prendra pas. Sa raison est indiquée à côté de chacune.</translation>
    </message>
</context>
<context>
    <name>SpokenMarkdown</name>
    <message>
        <source>This link cannot be opened from the app: %1</source>
        <translation>Ce lien ne s’ouvre pas depuis l’application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Links in this text</source>
        <translation>Liens de ce texte</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SpokenText</name>
    <message>
        <source>Image without a description</source>
        <translation>Image sans description</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image&#xa0;: %1</translation>
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
    <message>
        <source>Hub: %1 · last sync: %2 · files waiting: %3</source>
        <translation>Serveur&#xa0;: %1 · dernière synchronisation&#xa0;: %2 · fichiers en attente&#xa0;: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
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
        <translation>Seul un élève peut remettre un travail.</translation>
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
        <translation>Rien à remettre&#xa0;: écris un texte, réponds au quiz ou joins un fichier.</translation>
    </message>
    <message>
        <source>The quiz has no question &quot;%1&quot;.</source>
        <translation>Le quiz n’a pas de question «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not hand in</source>
        <translation>Impossible de remettre le travail</translation>
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
        <source>Could not save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Too many wrong tries for %1: wait %2 seconds, then try again.</source>
        <translation>Trop d’essais erronés pour %1&#xa0;: attendez %2&#xa0;secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not save the new secret</source>
        <translation>Impossible d’enregistrer le nouveau code</translation>
    </message>
    <message>
        <source>Only a student has a PIN; a teacher signs in with their password.</source>
        <translation>Seul un élève a un code PIN&#xa0;; un professeur se connecte avec son mot de passe.</translation>
    </message>
    <message>
        <source>The file %1 is not on this device any more: attach it again.</source>
        <translation>Le fichier %1 n’est plus sur cet appareil&#xa0;: joins-le à nouveau.</translation>
    </message>
    <message>
        <source>Could not record when a student was last in touch</source>
        <translation>Impossible d’enregistrer le dernier contact d’un élève</translation>
    </message>
    <message>
        <source>Each quiz question needs its right answers.</source>
        <translation>Chaque question du quiz a besoin de ses bonnes réponses.</translation>
    </message>
    <message>
        <source>The answers cannot be shown after the due date: there is none. Set a due date or choose when the answers are shown (--answers-shown after-submit, never or practice).</source>
        <translation>Les réponses ne peuvent pas être montrées après la date limite&#xa0;: il n’y en a pas. Indiquez une date limite ou choisissez quand les réponses sont montrées (--answers-shown after-submit, never ou practice).</translation>
    </message>
    <message>
        <source>A score must be between 0 and %1, the scale of “%2”.</source>
        <translation>Une note va de 0 à %1, le barème de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The text shows %1 as a picture, but that file is not a picture: nothing was saved.</source>
        <translation>Le texte montre %1 comme une image, mais ce fichier n’est pas une image&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The text shows %1 as a picture, but that file is not in the text&apos;s folder (%2) or below it: a text only brings pictures from its own folder. Nothing was saved.</source>
        <translation>Le texte montre %1 comme une image, mais ce fichier n’est pas dans le dossier du texte (%2) ni dans l’un de ses sous-dossiers&#xa0;: un texte n’apporte que les images de son propre dossier. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The text shows a picture that is not there: %1 does not exist. Check the link; nothing was saved.</source>
        <translation>Le texte montre une image absente&#xa0;: %1 n’existe pas. Vérifiez le lien&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The text shows %1 as a picture, but it cannot be read (%2): check its permissions. Nothing was saved.</source>
        <translation>Le texte montre %1 comme une image, mais elle ne peut pas être lue (%2)&#xa0;: vérifiez ses droits. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Picture not loaded</source>
        <translation>Image non chargée</translation>
    </message>
    <message>
        <source>Picture not loaded: %1</source>
        <translation>Image non chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The text shows %1, a picture on the internet or elsewhere on this computer: pupils&apos; apps do not load such pictures (a site would learn who reads the lesson, and it costs their data). Save the picture beside the text and link it from there, or attach it. Nothing was saved.</source>
        <translation>Le texte montre %1, une image sur internet ou ailleurs sur cet ordinateur&#xa0;: l’application des élèves ne charge pas ces images (un site saurait qui lit la leçon, et cela coûte leurs données). Enregistrez l’image à côté du texte et liez-la de là, ou joignez-la. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>StudentAssignmentsPage</name>
    <message>
        <source>My assignments</source>
        <translation>Mes devoirs</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n devoir</numerusform>
            <numerusform>%n devoirs</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignments, lesson by lesson</source>
        <translation>Devoirs, leçon par leçon</translation>
    </message>
    <message>
        <source>No assignment yet. Your teacher&apos;s assignments appear here after a sync.</source>
        <translation>Pas encore de devoir. Les devoirs de ton professeur apparaissent ici après une synchronisation.</translation>
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
    <message>
        <source>last contact %1 (%2)</source>
        <translation>dernier contact %1 (%2)</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>pas encore de contact</translation>
    </message>
</context>
<context>
    <name>StudentHome</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <source>Keys 1, 2, 3 switch; Enter opens.</source>
        <translation>Les touches 1, 2, 3 changent de page&#xa0;; Entrée ouvre.</translation>
    </message>
</context>
<context>
    <name>StudentNavButton</name>
    <message>
        <source>%1, %2</source>
        <comment>a place and its count</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>Open page, key %1</source>
        <translation>Page ouverte, touche %1</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>‹ Board</source>
        <translation>‹ Suivi</translation>
    </message>
    <message>
        <source>Back to the continuity board</source>
        <translation>Revenir au suivi des élèves</translation>
    </message>
    <message>
        <source>Login code: %1</source>
        <translation>Code de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lessons: %1 · Work: %2</source>
        <translation>Leçons&#xa0;: %1 · Travail&#xa0;: %2</translation>
    </message>
    <message>
        <source>New PIN (lost card)</source>
        <translation>Nouveau code PIN (carte perdue)</translation>
    </message>
    <message>
        <source>Give %1 a new PIN: the old card no longer opens</source>
        <translation>Donner un nouveau code PIN à %1&#xa0;: l’ancienne carte ne fonctionnera plus</translation>
    </message>
    <message>
        <source>Pack on a USB stick…</source>
        <translation>Paquet sur clé USB…</translation>
    </message>
    <message>
        <source>Make a pack on a USB stick for a student without internet</source>
        <translation>Préparer un paquet sur clé USB pour un élève sans internet</translation>
    </message>
    <message>
        <source>New PIN for %1: %2. Write it on their card, or print the cards in Classes &amp; roster before you leave.</source>
        <translation>Nouveau code PIN de %1&#xa0;: %2. Écrivez-le sur sa carte, ou imprimez les cartes dans Classes et élèves avant de quitter.</translation>
    </message>
    <message>
        <source>Lessons and work of %1</source>
        <translation>Leçons et travaux de %1</translation>
    </message>
</context>
<context>
    <name>StudentWorkModel</name>
    <message>
        <source>Not opened yet</source>
        <translation>Pas encore ouverte</translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation>Finie le %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finie</translation>
    </message>
    <message>
        <source>Opened on %1</source>
        <translation>Ouverte le %1</translation>
    </message>
    <message>
        <source>Handed in on %1</source>
        <translation>Remis le %1</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>to correct</source>
        <translation>à corriger</translation>
    </message>
    <message>
        <source>Missing: it was due on %1</source>
        <translation>Manquant&#xa0;: il fallait le remettre le %1</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>À remettre le %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans date limite</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travaux</translation>
    </message>
</context>
<context>
    <name>StudentWorkRow</name>
    <message>
        <source>%1: %2. Open in Review</source>
        <translation>%1&#xa0;: %2. Ouvrir dans Correction</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Review ›</source>
        <translation>Correction ›</translation>
    </message>
</context>
<context>
    <name>SubmissionCard</name>
    <message>
        <source>%1, version %2 of %3, %4</source>
        <translation>%1, version %2 sur %3, %4</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 sur %2</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz&#xa0;: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Corrigé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another comment</source>
        <translation>Un autre commentaire</translation>
    </message>
    <message>
        <source>Your comment for %1</source>
        <translation>Votre commentaire pour %1</translation>
    </message>
    <message>
        <source>Comment for %1</source>
        <translation>Commentaire pour %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Note de %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Return the work to %1 with the comment and the score</source>
        <translation>Renvoyer le travail corrigé à %1 avec le commentaire et la note</translation>
    </message>
    <message>
        <source>Mark ›</source>
        <translation>Corriger ›</translation>
    </message>
    <message>
        <source>Mark %1’s work, seen big</source>
        <translation>Corriger le travail de %1, en grand</translation>
    </message>
    <message>
        <source>Returned, %1 %2: %3</source>
        <translation>Corrigé, %1 %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SubmissionCommand</name>
    <message>
        <source>The versions handed in, with their feedback (a student sees only their own).</source>
        <translation>Les versions remises, avec leurs retours (un élève ne voit que les siennes).</translation>
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
        <translation>Rien n’a encore été remis.</translation>
    </message>
</context>
<context>
    <name>SubmissionHistoryModel</name>
    <message>
        <source>New comment from %1</source>
        <translation>Nouveau commentaire de %1</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Hand in your work: a new version each time, never replacing the last; quizzes are scored at once.</source>
        <translation>Remettre ton travail&#xa0;: une nouvelle version à chaque fois, sans jamais remplacer la précédente&#xa0;; les quiz sont notés tout de suite.</translation>
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
        <translation>Un fichier à remettre (option répétable).</translation>
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
        <translation>Remis (gardé sur cet appareil jusqu’à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>Version %1 · handed in %2 · id %3</source>
        <translation>Version %1 · remise le %2 · identifiant %3</translation>
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
    <name>SyncBar</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting</source>
        <translation>
            <numerusform>%n fichier en attente</numerusform>
            <numerusform>%n fichiers en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the hub</source>
        <translation>
            <numerusform>%n refusée par le serveur</numerusform>
            <numerusform>%n refusées par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Data this month: %1 of %2 MB</source>
        <translation>Données ce mois-ci&#xa0;: %1 sur %2&#xa0;Mo</translation>
    </message>
    <message>
        <source>Data this month: %1</source>
        <translation>Données ce mois-ci&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avancement de la synchronisation</translation>
    </message>
    <message>
        <source>↑ %1 · ↓ %2</source>
        <translation>↑ %1 · ↓ %2</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 envoyés, %2 reçus</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Connect to a hub: open the settings</source>
        <translation>Se connecter à un serveur&#xa0;: ouvrir les réglages</translation>
    </message>
    <message>
        <source>Sync now with the hub</source>
        <translation>Synchroniser maintenant avec le serveur</translation>
    </message>
    <message>
        <source>your work leaves at the next sync</source>
        <translation>ton travail partira à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>something was refused: see the details</source>
        <translation>quelque chose a été refusé&#xa0;: voir les détails</translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation>Moins de détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Hide the technical details of sync</source>
        <translation>Masquer les détails techniques de la synchronisation</translation>
    </message>
    <message>
        <source>Show the technical details of sync</source>
        <translation>Voir les détails techniques de la synchronisation</translation>
    </message>
    <message>
        <source>Sync finished at %1: %2</source>
        <translation>Synchronisation terminée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync ended at %1: %2</source>
        <translation>Synchronisation arrêtée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync under way</source>
        <translation>Synchronisation en cours</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>This profile is no longer on this device.</source>
        <translation>Ce profil n’est plus sur cet appareil.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>A lesson</source>
        <translation>Une leçon</translation>
    </message>
    <message>
        <source>An assignment</source>
        <translation>Un devoir</translation>
    </message>
    <message>
        <source>A piece of work</source>
        <translation>Un travail remis</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Une correction</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Une progression de lecture</translation>
    </message>
    <message>
        <source>A student card</source>
        <translation>Une carte d’élève</translation>
    </message>
    <message>
        <source>A class</source>
        <translation>Une classe</translation>
    </message>
    <message>
        <source>the hub says you may not make this change</source>
        <translation>le serveur dit que tu ne peux pas faire cette modification</translation>
    </message>
    <message>
        <source>the hub found it malformed (%1)</source>
        <translation>données mal formées selon le serveur (%1)</translation>
    </message>
    <message>
        <source>it belongs to another class on the hub</source>
        <translation>cela appartient à une autre classe sur le serveur</translation>
    </message>
    <message>
        <source>this login code is already used on the hub: make another card</source>
        <translation>cet identifiant est déjà utilisé sur le serveur&#xa0;: fais une autre carte</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1, refus du serveur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Files: %1 of %2</source>
        <translation>Fichiers&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Envoi des modifications&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n change(s) so far</source>
        <translation>
            <numerusform>Réception&#xa0;: %n modification pour l’instant</numerusform>
            <numerusform>Réception&#xa0;: %n modifications pour l’instant</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the hub what is new…</source>
        <translation>Demande des nouveautés au serveur…</translation>
    </message>
    <message>
        <source>The hub no longer accepts this device. Open the settings and connect again.</source>
        <translation>Le serveur n’accepte plus cet appareil. Ouvre les réglages et reconnecte-toi.</translation>
    </message>
    <message>
        <source>Not connected to a hub: everything stays on this device. Connect in the settings.</source>
        <translation>Pas connecté à un serveur&#xa0;: tout reste sur cet appareil.</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. Your work is kept here and will be sent later.</source>
        <translation>Hors ligne&#xa0;: le serveur est injoignable. Ton travail est gardé ici et sera envoyé plus tard.</translation>
    </message>
    <message>
        <source>Offline: no network. Your work is kept here and will be sent later.</source>
        <translation>Hors ligne&#xa0;: pas de réseau. Ton travail est gardé ici et sera envoyé plus tard.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Waiting to sync.</source>
        <translation>En attente de synchronisation.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>À jour.</translation>
    </message>
    <message>
        <source>Up to date. %1</source>
        <translation>À jour. %1</translation>
    </message>
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
        <source>A quiz&apos;s answers</source>
        <translation>Les réponses d’un quiz</translation>
    </message>
    <message>
        <source>the hub could not store it this time</source>
        <translation>le serveur n’a pas pu l’enregistrer cette fois</translation>
    </message>
    <message>
        <source>%1 is waiting: %2. It will be sent again at the next sync.</source>
        <translation>%1 attend&#xa0;: %2. Nouvel envoi à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>the space kept for you on the school&apos;s server is full (ask the teacher or the school&apos;s IT to make room; nothing is lost meanwhile)</source>
        <translation>l’espace gardé pour toi sur le serveur de l’école est plein (demande au professeur ou à l’informatique de l’école de faire de la place&#xa0;; rien n’est perdu en attendant)</translation>
    </message>
    <message>
        <source>The hub is busy or the connection too slow for it: your work is kept here and will be sent in a moment.</source>
        <translation>Le serveur est occupé, ou la connexion trop lente pour lui&#xa0;: ton travail est gardé ici et sera envoyé dans un instant.</translation>
    </message>
    <message>
        <source>This device was in a classroom before classrooms were secured: join the classroom again with the code on your teacher&apos;s screen.</source>
        <translation>Cet appareil a rejoint une classe avant que les classes soient sécurisées&#xa0;: rejoins la classe avec le code affiché sur l’écran de ton professeur.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>&quot;%1&quot; is not a hub address: give one like https://hub.example.org or http://192.168.1.10:8080.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur&#xa0;: donnez-en une comme https://hub.example.org ou http://192.168.1.10:8080.</translation>
    </message>
    <message>
        <source>This device already has a profile &quot;%1&quot; that is not the hub&apos;s %1. Rename or remove it, then sign in again.</source>
        <translation>Cet appareil a déjà un profil «&#xa0;%1&#xa0;» qui n’est pas le %1 du serveur. Renommez-le ou supprimez-le, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>A sync of %1 is already running.</source>
        <translation>Une synchronisation de %1 est déjà en cours.</translation>
    </message>
    <message>
        <source>A sync of %1 is already running on this device.</source>
        <translation>Une synchronisation de %1 est déjà en cours sur cet appareil.</translation>
    </message>
    <message>
        <source>%1 has not signed in to a hub on this device: run login first.</source>
        <translation>%1 ne s’est pas connecté à un serveur sur cet appareil&#xa0;: lancez d’abord login.</translation>
    </message>
    <message>
        <source>Files wait for next month: this month&apos;s data cap (%1 MB) would be passed.</source>
        <translation>Les fichiers attendent le mois prochain&#xa0;: la limite de données du mois (%1&#xa0;Mo) serait dépassée.</translation>
    </message>
    <message>
        <source>Could not store a downloaded file: %1</source>
        <translation>Impossible d’enregistrer un fichier téléchargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>its hash changed</source>
        <translation>son empreinte a changé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be stored by the hub this time; they will be sent again at the next sync.</source>
        <translation>
            <numerusform>%n modification n’a pas pu être enregistrée par le serveur cette fois&#xa0;; elle sera renvoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications n’ont pas pu être enregistrées par le serveur cette fois&#xa0;; elles seront renvoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a classroom address this app can check (it needs https and the whole code on the teacher&apos;s screen). Type the address and the code as your teacher&apos;s screen shows them.</source>
        <translation>L’application ne peut pas vérifier cette adresse de classe (il faut https et le code entier affiché sur l’écran du professeur). Tape l’adresse et le code comme l’écran de ton professeur les affiche.</translation>
    </message>
    <message>
        <source>This is not your class&apos;s computer: what answers at this address does not match the code on your teacher&apos;s screen, so nothing was sent to it. Check the address and the code and type them again; if they are right, tell your teacher.</source>
        <translation>Ce n’est pas l’ordinateur de ta classe&#xa0;: ce qui répond à cette adresse ne correspond pas au code affiché sur l’écran de ton professeur, donc rien ne lui a été envoyé. Vérifie l’adresse et le code, puis tape-les à nouveau&#xa0;; s’ils sont justes, préviens ton professeur.</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>Sent %1 change(s), received %2; %3 bytes up, %4 bytes down in %5 request(s); media: %6 fetched, %7 sent, %8 waiting; %9 ms.</source>
        <translation>%1 modification(s) envoyée(s), %2 reçue(s)&#xa0;; %3 octets envoyés, %4 octets reçus en %5 requête(s)&#xa0;; fichiers&#xa0;: %6 reçu(s), %7 envoyé(s), %8 en attente&#xa0;; %9&#xa0;ms.</translation>
    </message>
    <message>
        <source>%1 change(s) refused by the hub: see status.</source>
        <translation>%1 modification(s) refusée(s) par le serveur&#xa0;: voir status.</translation>
    </message>
</context>
<context>
    <name>SyncRoundTrip</name>
    <message>
        <source>The hub&apos;s answer arrived damaged; the sync will try again.</source>
        <translation>La réponse du serveur est arrivée abîmée&#xa0;; la synchronisation va réessayer.</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Could not keep the sign-in</source>
        <translation>Impossible de garder la connexion</translation>
    </message>
    <message>
        <source>A cap cannot be negative.</source>
        <translation>Une limite ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Could not save the data policy</source>
        <translation>Impossible d’enregistrer la règle de consommation</translation>
    </message>
    <message>
        <source>Sign in to a hub first (login).</source>
        <translation>Connectez-vous d’abord à un serveur (login).</translation>
    </message>
    <message>
        <source>Could not record how far the sync got</source>
        <translation>Impossible d’enregistrer où en est la synchronisation</translation>
    </message>
    <message>
        <source>Could not record the sync</source>
        <translation>Impossible d’enregistrer la synchronisation</translation>
    </message>
    <message>
        <source>Could not queue a file for sending</source>
        <translation>Impossible de mettre un fichier en attente d’envoi</translation>
    </message>
    <message>
        <source>Could not queue a file for download</source>
        <translation>Impossible de mettre un fichier en attente de téléchargement</translation>
    </message>
    <message>
        <source>Could not update the file queue</source>
        <translation>Impossible de mettre à jour la file des fichiers</translation>
    </message>
    <message>
        <source>Could not record a file</source>
        <translation>Impossible d’enregistrer un fichier</translation>
    </message>
    <message>
        <source>Could not record when the hub received a submission</source>
        <translation>Impossible d’enregistrer quand le serveur a reçu un devoir</translation>
    </message>
    <message>
        <source>Could not remember the device keys</source>
        <translation>Impossible de retenir les clés des appareils</translation>
    </message>
    <message>
        <source>Could not read the %1 rows</source>
        <translation>Impossible de lire les données (%1)</translation>
    </message>
</context>
<context>
    <name>TeacherHome</name>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>No class yet</source>
        <translation>Pas encore de classe</translation>
    </message>
    <message>
        <source>Class worked on: %1</source>
        <translation>Classe de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Classes &amp; roster</source>
        <translation>Classes et élèves</translation>
    </message>
    <message>
        <source>Students, login cards</source>
        <translation>Élèves et leurs cartes</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Write, attach, publish</source>
        <translation>Écrire, joindre, publier</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <source>Instructions, due date, quiz</source>
        <translation>Consignes, dates, quiz</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Work handed in, feedback</source>
        <translation>Travaux remis, retours</translation>
    </message>
    <message>
        <source>Continuity board</source>
        <translation>Suivi des élèves</translation>
    </message>
    <message>
        <source>Who has gone silent</source>
        <translation>Qui a décroché</translation>
    </message>
</context>
<context>
    <name>TeacherLessonsPage</name>
    <message>
        <source>Attach a file to the lesson</source>
        <translation>Joindre un fichier à la leçon</translation>
    </message>
    <message>
        <source>Worksheets, pictures, audio and video (*.pdf *.png *.jpg *.jpeg *.mp3 *.ogg *.mp4 *.webm)</source>
        <translation>Fiches, images, sons et vidéos (*.pdf *.png *.jpg *.jpeg *.mp3 *.ogg *.mp4 *.webm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
    <message>
        <source>Write a new lesson for %1</source>
        <translation>Écrire une nouvelle leçon pour %1</translation>
    </message>
    <message>
        <source>Enter or a click opens a lesson to edit it. Drafts are only visible to you until you publish them.</source>
        <translation>Entrée ou un clic ouvre une leçon pour la modifier. Les brouillons ne sont visibles que par vous jusqu’à leur publication.</translation>
    </message>
    <message>
        <source>Lessons to edit</source>
        <translation>Leçons à modifier</translation>
    </message>
    <message>
        <source>‹ Lessons</source>
        <translation>‹ Leçons</translation>
    </message>
    <message>
        <source>Back to the list of lessons</source>
        <translation>Revenir à la liste des leçons</translation>
    </message>
    <message>
        <source>Title of the lesson</source>
        <translation>Titre de la leçon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Draft, not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Summary: one sentence for the list</source>
        <translation>Résumé&#xa0;: une phrase pour la liste</translation>
    </message>
    <message>
        <source>Summary of the lesson</source>
        <translation>Résumé de la leçon</translation>
    </message>
    <message>
        <source>Class day</source>
        <translation>Jour de classe</translation>
    </message>
    <message>
        <source>Day of the class session, like 04/12/2026</source>
        <translation>Jour de la séance en classe, comme 04/12/2026</translation>
    </message>
    <message>
        <source>Before class</source>
        <translation>Avant la classe</translation>
    </message>
    <message>
        <source>at home, to discover</source>
        <translation>à la maison, pour découvrir</translation>
    </message>
    <message>
        <source>In class</source>
        <translation>En classe</translation>
    </message>
    <message>
        <source>together</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <source>After class</source>
        <translation>Après la classe</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>exercices</translation>
    </message>
    <message>
        <source>Preview, as students will see it</source>
        <translation>Aperçu, tel que les élèves le verront</translation>
    </message>
    <message>
        <source>No attached file.</source>
        <translation>Aucun fichier joint.</translation>
    </message>
    <message>
        <source>Files (%1):</source>
        <translation>Fichiers (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n file(s) over 2 MB: heavy for a family on mobile data. Prefer a lighter version (a compressed PDF, a shorter video).</source>
        <translation>
            <numerusform>⚠ %n fichier de plus de 2&#xa0;Mo&#xa0;: lourd pour une famille en données mobiles. Préférez une version plus légère (un PDF compressé, une vidéo plus courte).</numerusform>
            <numerusform>⚠ %n fichiers de plus de 2&#xa0;Mo&#xa0;: lourds pour une famille en données mobiles. Préférez une version plus légère (un PDF compressé, une vidéo plus courte).</numerusform>
        </translation>
    </message>
    <message>
        <source>See as a student</source>
        <translation>Voir comme un élève</translation>
    </message>
    <message>
        <source>Open the lesson in the reader, as a student sees it</source>
        <translation>Ouvrir la leçon dans le lecteur, comme la voit un élève</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Save the changes: students get them at their next sync</source>
        <translation>Enregistrer les modifications&#xa0;: les élèves les reçoivent à leur prochaine synchronisation</translation>
    </message>
    <message>
        <source>Publish: the class&apos;s students get the lesson at their next sync</source>
        <translation>Publier&#xa0;: les élèves de la classe reçoivent la leçon à leur prochaine synchronisation</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Lessons shown: %1</source>
        <translation>Leçons affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create a class first (Classes &amp; roster).</source>
        <translation>Créez d’abord une classe (Classes et élèves).</translation>
    </message>
    <message>
        <source>No lesson here yet: write one with “New lesson”.</source>
        <translation>Pas encore de leçon ici&#xa0;: écrivez-en une avec «&#xa0;Nouvelle leçon&#xa0;».</translation>
    </message>
    <message>
        <source>Attached, made light for mobile data: %1</source>
        <translation>Joint, allégé pour les forfaits mobiles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Capsule vocale</translation>
    </message>
    <message>
        <source>Record a voice note for the lesson</source>
        <translation>Enregistrer une capsule vocale pour la leçon</translation>
    </message>
    <message>
        <source>This computer is offline: the lesson leaves at the next connection.</source>
        <translation>Cet ordinateur est hors ligne&#xa0;: la leçon partira à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Publish “%1” as it is?</source>
        <translation>Publier «&#xa0;%1&#xa0;» tel quel&#xa0;?</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Revenir à la leçon</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publier quand même</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Éditeur de leçon</translation>
    </message>
    <message>
        <source>Light version of videos</source>
        <translation>Version légère des vidéos</translation>
    </message>
    <message>
        <source>Attach videos as their light version, about 1 MB a minute (360p)</source>
        <translation>Joindre les vidéos en version légère, environ 1 Mo par minute (360p)</translation>
    </message>
    <message>
        <source>A phone&apos;s video costs 30 to 60 MB a minute: a family on mobile data cannot receive it. Your own file is kept as it is.</source>
        <translation>La vidéo d’un téléphone pèse 30 à 60 Mo par minute&#xa0;: une famille sur données mobiles ne peut pas la recevoir. Votre propre fichier reste tel quel.</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Enregistrer vos modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>This lesson is published: once saved, your changes reach your students at their next sync.</source>
        <translation>Cette leçon est publiée&#xa0;: une fois enregistrées, vos modifications arrivent chez vos élèves à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Published, changes not saved</source>
        <translation>Publiée, modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 removed from the lesson. No attached file left.</source>
        <translation>%1 retiré de la leçon. Plus aucun fichier joint.</translation>
    </message>
    <message>
        <source>%1 removed from the lesson. Now on %2, %3.</source>
        <translation>%1 retiré de la leçon. Fichier choisi&#xa0;: %2, %3.</translation>
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
    <name>TextSizeShortcuts</name>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texte en grand</translation>
    </message>
    <message>
        <source>Very large text</source>
        <translation>Texte en très grand</translation>
    </message>
    <message>
        <source>%1 (the largest)</source>
        <translation>%1 (la plus grande taille)</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>New comments from your teacher</source>
        <translation>Nouveaux commentaires de ton professeur</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>For today</source>
        <translation>Pour aujourd’hui</translation>
    </message>
    <message>
        <source>For tomorrow</source>
        <translation>Pour demain</translation>
    </message>
    <message>
        <source>For %1 (past)</source>
        <translation>Pour %1 (passé)</translation>
    </message>
    <message>
        <source>For %1</source>
        <comment>a class day</comment>
        <translation>Pour %1</translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <source>Handed in</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>To hand in</source>
        <translation>À remettre</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>File to hand in</source>
        <translation>Fichier à remettre</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Réponse écrite</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a due date: day, then time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>a score out of a maximum</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>your teacher</source>
        <translation>ton professeur</translation>
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
        <source>New comment from %1</source>
        <translation>Nouveau commentaire de %1</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>To read: %1</source>
        <translation>À lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is handed in. Well done!</source>
        <translation>Tout est remis. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Work to do</source>
        <translation>Travail à faire</translation>
    </message>
    <message>
        <source>Nothing to do for now. New work from your teacher appears here after a sync.</source>
        <translation>Rien à faire pour l’instant. Le nouveau travail de ton professeur apparaît ici après une synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n nouveau commentaire</numerusform>
            <numerusform>%n nouveaux commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) to read</source>
        <translation>
            <numerusform>%n leçon à lire</numerusform>
            <numerusform>%n leçons à lire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of work to hand in</source>
        <translation>
            <numerusform>%n travail à remettre</numerusform>
            <numerusform>%n travaux à remettre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Your work is saved on this device as you write, even offline.</source>
        <translation>%1. Ton travail est enregistré sur cet appareil pendant que tu écris, même sans connexion.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>UploadRequest</name>
    <message>
        <source>Could not read the file to send (%1).</source>
        <translation>Impossible de lire le fichier à envoyer (%1).</translation>
    </message>
    <message>
        <source>Could not read the file to send.</source>
        <translation>Impossible de lire le fichier à envoyer.</translation>
    </message>
    <message>
        <source>The upload did not complete; it will resume at the next sync.</source>
        <translation>L’envoi n’est pas allé au bout&#xa0;; il reprendra à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>UsbDriveModel</name>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
</context>
<context>
    <name>VersionCard</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>teacher&apos;s comment: %1</source>
        <translation>commentaire du professeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Handed in %1 · received %2</source>
        <translation>Remis le %1 · reçu le %2</translation>
    </message>
    <message>
        <source>Handed in %1</source>
        <translation>Remis le %1</translation>
    </message>
    <message>
        <source>Saved on this device; it leaves at the next sync.</source>
        <translation>Enregistré sur cet appareil&#xa0;; il part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The hub refused it: %1</source>
        <translation>Le serveur l’a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) · quiz: %1</source>
        <translation>
            <numerusform>%n réponse · quiz&#xa0;: %1</numerusform>
            <numerusform>%n réponses · quiz&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>Professeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>comment from %1: %2</source>
        <translation>commentaire de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: « %2 »</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
</context>
<context>
    <name>VideoReducer</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Videos cannot be read on this computer (GStreamer: %1).</source>
        <translation>Cet ordinateur ne sait pas lire les vidéos (GStreamer&#xa0;: %1).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its format needs a GStreamer plugin this computer does not have</source>
        <translation>son format demande un module GStreamer absent de cet ordinateur</translation>
    </message>
    <message>
        <source>it is damaged or not a video</source>
        <translation>il est abîmé ou ce n’est pas une vidéo</translation>
    </message>
    <message>
        <source>%1 cannot be read as a video: %2.</source>
        <translation>%1 ne peut pas être lu comme une vidéo&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has no moving picture: attach it as it is.</source>
        <translation>%1 n’a pas d’image animée&#xa0;: joignez-le tel quel.</translation>
    </message>
    <message>
        <source>Cannot make the light version of %1: its folder cannot be created.</source>
        <translation>Impossible de faire la version légère de %1&#xa0;: son dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Videos cannot be made light on this computer (a GStreamer plugin is missing: %1).</source>
        <translation>Cet ordinateur ne sait pas alléger les vidéos (un module GStreamer manque&#xa0;: %1).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a video.</source>
        <translation>%1 ne peut pas être lu comme une vidéo.</translation>
    </message>
    <message>
        <source>The light version of %1 could not be made: %2</source>
        <translation>La version légère de %1 n’a pas pu être faite&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped: no light version of %1 was made.</source>
        <translation>Arrêté&#xa0;: aucune version légère de %1 n’a été faite.</translation>
    </message>
    <message>
        <source>Cannot write the light version of %1 (disk full?).</source>
        <translation>Impossible d’écrire la version légère de %1 (disque plein&#xa0;?).</translation>
    </message>
    <message>
        <source>Videos cannot be read on this computer (a GStreamer plugin is missing: %1).</source>
        <translation>Les vidéos ne peuvent pas être lues sur cet ordinateur (il manque un module GStreamer&#xa0;: %1).</translation>
    </message>
    <message>
        <source>%1 takes too long to read: it may be damaged.</source>
        <translation>%1 est trop long à lire&#xa0;: il est peut-être abîmé.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a video: %2</source>
        <translation>%1 ne peut pas être lu comme une vidéo&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no picture to show.</source>
        <translation>%1 n’a pas d’image à montrer.</translation>
    </message>
    <message>
        <source>%1 is a video of %2 × %3 pixels, more than a phone films (4K at most): decoding it would take too much of this computer&apos;s memory. Nothing was attached; film it again in 1080p or 720p.</source>
        <translation>%1 est une vidéo de %2 × %3 pixels, plus qu’un téléphone ne filme (4K au plus)&#xa0;: la décoder prendrait trop de la mémoire de cet ordinateur. Rien n’a été joint&#xa0;; filmez-la à nouveau en 1080p ou 720p.</translation>
    </message>
    <message>
        <source>%1 stops after %2, though it announces %3: the file is cut short (a copy that was interrupted?). Nothing was attached: copy the video again from where it was filmed, then attach it.</source>
        <translation>%1 s’arrête au bout de %2, alors qu’elle annonce %3&#xa0;: le fichier est incomplet (une copie interrompue&#xa0;?). Rien n’a été joint&#xa0;: copiez à nouveau la vidéo depuis l’appareil qui l’a filmée, puis joignez-la.</translation>
    </message>
    <message>
        <source>%1 was not read through in %2 seconds: it is not played here.</source>
        <translation>%1 n’a pas été parcouru en entier en %2&#xa0;secondes&#xa0;: il n’est pas lu ici.</translation>
    </message>
    <message>
        <source>The pictures of %1 cannot be checked on this computer (%2): the app does not decode them, so that a file cannot take all its memory.</source>
        <translation>Les images de %1 ne peuvent pas être vérifiées sur cet ordinateur (%2)&#xa0;: l’application ne les décode pas, pour qu’un fichier ne puisse pas prendre toute sa mémoire.</translation>
    </message>
    <message>
        <source>%1 is cut into too many tiny pieces to be checked on this computer: it is not played here.</source>
        <translation>%1 est découpé en trop de minuscules morceaux pour être vérifié sur cet ordinateur&#xa0;: il n’est pas lu ici.</translation>
    </message>
    <message>
        <source>%1 carries a picture in its tags (a cover) too large or too complex to be shown safely: it is not played here, so that a file cannot take all this computer&apos;s memory or freeze the window.</source>
        <translation>%1 porte dans ses étiquettes une image (une pochette) trop grande ou trop complexe pour être montrée sans risque&#xa0;: il n’est pas lu ici, pour qu’un fichier ne puisse ni prendre toute la mémoire de cet ordinateur ni figer la fenêtre.</translation>
    </message>
</context>
<context>
    <name>VoiceCapture</name>
    <message>
        <source>voice-capsule</source>
        <extracomment>The start of a voice recording&apos;s file name, before its date (&quot;capsule-vocale-2026-12-05-1912.opus&quot;).</extracomment>
        <translation>capsule-vocale</translation>
    </message>
</context>
<context>
    <name>VoiceCaptureRow</name>
    <message>
        <source>Record my voice</source>
        <translation>Enregistrer ma voix</translation>
    </message>
    <message>
        <source>Recording finished: %1.</source>
        <translation>Enregistrement terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>■ Stop (%1)</source>
        <translation>■ Arrêter (%1)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Recording: speak now, then press the button again to stop.</source>
        <translation>Enregistrement en cours&#xa0;: appuyer de nouveau sur le bouton pour l’arrêter.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the recording</source>
        <translation>Annuler l’enregistrement</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was kept.</source>
        <translation>Enregistrement annulé&#xa0;: rien n’a été gardé.</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>A recording is already under way.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>Sound cannot be recorded on this computer (GStreamer: %1).</source>
        <translation>Cet ordinateur ne peut pas enregistrer de son (GStreamer&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>Impossible d’écrire dans %1.</translation>
    </message>
    <message>
        <source>Sound cannot be recorded on this computer (%1).</source>
        <translation>Cet ordinateur ne peut pas enregistrer de son (%1).</translation>
    </message>
    <message>
        <source>No microphone can be used: plug one in, or check that no other program holds it.</source>
        <translation>Aucun micro n’est utilisable&#xa0;: en brancher un, ou vérifier qu’aucun autre programme ne l’occupe.</translation>
    </message>
    <message>
        <source>Nothing is being recorded.</source>
        <translation>Rien n’est en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>L’enregistrement s’est arrêté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>A voice recording lasts at most %n minute(s): it stopped there.</source>
        <translation>
            <numerusform>Un enregistrement dure au plus %n minute&#xa0;: il s’est arrêté là.</numerusform>
            <numerusform>Un enregistrement dure au plus %n minutes&#xa0;: il s’est arrêté là.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording could not be finished.</source>
        <translation>L’enregistrement n’a pas pu être terminé.</translation>
    </message>
    <message>
        <source>Nothing was recorded: check the microphone.</source>
        <translation>Rien n’a été enregistré&#xa0;: vérifier le micro.</translation>
    </message>
    <message>
        <source>Cannot write the recording (disk full?).</source>
        <translation>Impossible d’écrire l’enregistrement (disque plein&#xa0;?).</translation>
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
        <translation>à remettre le %1</translation>
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
        <translation>%1 remet le quiz&#xa0;:</translation>
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
<context>
    <name>WorkCard</name>
    <message>
        <source>for %1</source>
        <comment>when work is due</comment>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans date limite</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>brouillon enregistré</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>lesson: %1</source>
        <translation>leçon&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Handed in %n time(s)</source>
        <translation>
            <numerusform>Remis %n fois</numerusform>
            <numerusform>Remis %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
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
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>pas encore fait</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Leçon %1</translation>
    </message>
    <message>
        <source>files to download: %1</source>
        <translation>fichiers à télécharger&#xa0;: %1</translation>
    </message>
    <message>
        <source>files: %1</source>
        <translation>fichiers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WorkStates</name>
    <message>
        <source>Handed in</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pour aujourd’hui</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Pour demain</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans date limite</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencieux</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Régulier</translation>
    </message>
</context>
</TS>
