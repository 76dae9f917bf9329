# French translations of Continuité, source of truth for continuite_fr.ts (kept readable and reviewable).
# Usage: python3 i18n/tools/french.py   (fills i18n/continuite_fr.ts in place, after `ninja update_translations`)
# Typography: no-break space (U+00A0) before : ; ? ! and inside « », typographic apostrophe ’.
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

N = "\u00a0"  # no-break space

FR = {
    ("AppHeader", "Continuité"): "Continuité",
    ("AppHeader", "%1 · teacher"): "%1 · professeur",
    ("AppHeader", "Change person"): "Changer de personne",
    ("AppHeader", "Change person: go back to the profile cards"): f"Changer de personne{N}: revenir aux cartes des profils",
    ("AppHeader", "Settings"): "Réglages",
    ("AppHeader", "Settings: hub, data use and PIN"): f"Réglages{N}: serveur, consommation de données et code PIN",
    ("AttachmentList", "Attached files"): "Fichiers joints",
    ("AttachmentList", "No file for this lesson."): "Aucun fichier pour cette leçon.",
    ("AttachmentModel", "%1 bytes"): f"%1{N}octets",
    ("AttachmentModel", "%1 KB"): f"%1{N}Ko",
    ("AttachmentModel", "%1 MB"): f"%1{N}Mo",
    ("AttachmentModel", "%1 GB"): f"%1{N}Go",
    ("AttachmentModel", "PDF document"): "Document PDF",
    ("AttachmentModel", "Image"): "Image",
    ("AttachmentModel", "Audio"): "Audio",
    ("AttachmentModel", "Video"): "Vidéo",
    ("AttachmentModel", "File"): "Fichier",
    ("AttachmentRow", "%1, %2, %3"): "%1, %2, %3",
    ("AttachmentRow", "%1 · %2"): "%1 · %2",
    ("AttachmentRow", "%1 · %2 · not downloaded yet"): "%1 · %2 · pas encore téléchargé",
    ("ChangeLog", "Invalid change: %1"): f"Modification invalide{N}: %1",
    ("ChangeLog", "Could not queue the change for sending"): "Impossible de mettre la modification en attente d’envoi",
    ("ChangeLog", "Unknown kind of change: %1"): f"Type de modification inconnu{N}: %1",
    ("ChangeLog", "Could not record the change"): "Impossible d’enregistrer la modification",
    ("ChangeLog", "Could not save the %1"): "Impossible d’enregistrer (%1)",
    ("ChangeLog", "Could not read the %1"): "Impossible de lire (%1)",
    ("ChangeLog", "Could not keep the previous value"): "Impossible de conserver la valeur précédente",
    ("ChangeLog", "Could not keep the losing value"): "Impossible de conserver la valeur écartée",
    ("ChangeLog", "Could not update the outbox"): "Impossible de mettre à jour la file d’envoi",
    ("Database", "The disk is full: free some space, then try again. Nothing was changed."):
        f"Le disque est plein{N}: libérez de la place, puis réessayez. Rien n’a été modifié.",
    ("Database", "The store is busy in another program: try again in a moment. Nothing was changed."):
        f"Les données sont occupées par un autre programme{N}: réessayez dans un instant. Rien n’a été modifié.",
    ("Database", "The store is read-only: check the folder's permissions. Nothing was changed."):
        f"Les données sont en lecture seule{N}: vérifiez les droits du dossier. Rien n’a été modifié.",
    ("Database", "The disk could not be written (full or failing?): nothing was changed."):
        f"Impossible d’écrire sur le disque (plein ou défaillant{N}?){N}: rien n’a été modifié.",
    ("Database", "Nothing was changed. (%1)"): "Rien n’a été modifié. (%1)",
    ("Database", "Could not start writing"): "Impossible de commencer l’écriture",
    ("Database", "Could not save"): "Impossible d’enregistrer",
    ("Database", "Cannot create the folder %1: check its permissions."): f"Impossible de créer le dossier %1{N}: vérifiez ses droits.",
    ("Database", "%1 is not a file."): "%1 n’est pas un fichier.",
    ("Database", "Cannot read %1: check its permissions."): f"Impossible de lire %1{N}: vérifiez ses droits.",
    ("Database", "%1 is not a Continuité store (not a SQLite file, or damaged). It was left untouched."):
        "%1 n’est pas un fichier de données Continuité (pas un fichier SQLite, ou endommagé). Il n’a pas été modifié.",
    ("Database", "Cannot open %1: %2"): f"Impossible d’ouvrir %1{N}: %2",
    ("Database", "%1 is damaged or not a Continuité store (%2). It was left untouched."):
        "%1 est endommagé ou n’est pas un fichier de données Continuité (%2). Il n’a pas été modifié.",
    ("Database", "%1 is a SQLite file from another program, not a Continuité store. It was left untouched."):
        "%1 est un fichier SQLite d’un autre programme, pas un fichier de données Continuité. Il n’a pas été modifié.",
    ("Database", "This store was written by a newer version of Continuité (schema %1, this program knows %2): update Continuité. The store was left untouched."):
        f"Ces données viennent d’une version plus récente de Continuité (schéma %1, ce programme connaît le %2){N}: mettez Continuité à jour. Les données n’ont pas été modifiées.",
    ("Database", "Cannot open %1 for writing: %2"): f"Impossible d’ouvrir %1 en écriture{N}: %2",
    ("Database", "Could not back up the store before upgrading it"): "Impossible de sauvegarder les données avant leur mise à jour",
    ("Database", "Could not upgrade the store to schema %1"): "Impossible de mettre les données à jour vers le schéma %1",
    ("LessonCard", "Lesson %1: %2, %3"): f"Leçon %1{N}: %2, %3",
    ("LessonCard", "in class %1"): "en classe %1",
    ("LessonCard", "%n attached file(s)"): ["%n fichier joint", "%n fichiers joints"],
    ("LessonList", "Lessons of my classes"): "Les leçons de mes classes",
    ("LessonList", "My lessons"): "Mes leçons",
    ("LessonList", "%n lesson(s)"): ["%n leçon", "%n leçons"],
    ("LessonList", "Drafts are only visible to you until you publish them."): "Les brouillons ne sont visibles que par vous tant que vous ne les publiez pas.",
    ("LessonList", "Read the “Before class” part at home, before the lesson day."): f"Lis la partie «{N}Avant la classe{N}» à la maison, avant le jour de la leçon.",
    ("LessonList", "Lessons"): "Leçons",
    ("LessonList", "No lesson yet. Create one with continuite-cli (lesson create), then publish it."):
        "Pas encore de leçon. Créez-en une avec continuite-cli (lesson create), puis publiez-la.",
    ("LessonList", "No lesson yet. Your teacher has not published anything for your class: come back after the next sync."):
        f"Pas encore de leçon. Ton professeur n’a encore rien publié pour ta classe{N}: reviens après la prochaine synchronisation.",
    ("LessonModel", "To read"): "À lire",
    ("LessonModel", "Started"): "Commencée",
    ("LessonModel", "Done"): "Terminée",
    ("LessonModel", "Draft"): "Brouillon",
    ("LessonModel", "Published"): "Publiée",
    ("LessonReader", "This lesson is not on this device, or it is not published yet. Go back to the list and sync."):
        "Cette leçon n’est pas sur cet appareil, ou elle n’est pas encore publiée. Reviens à la liste et synchronise.",
    ("LessonReaderPage", "‹ Lessons"): "‹ Leçons",
    ("LessonReaderPage", "Back to the list of lessons"): "Revenir à la liste des leçons",
    ("LessonReaderPage", "Lesson not available"): "Leçon indisponible",
    ("LessonReaderPage", "%1  ·  in class %2"): "%1  ·  en classe %2",
    ("LessonReaderPage", "Parts of the lesson"): "Parties de la leçon",
    ("LessonReaderPage", "1 · Before class"): "1 · Avant la classe",
    ("LessonReaderPage", "at home"): "à la maison",
    ("LessonReaderPage", "2 · In class"): "2 · En classe",
    ("LessonReaderPage", "with the teacher"): "avec le professeur",
    ("LessonReaderPage", "3 · After class"): "3 · Après la classe",
    ("LessonReaderPage", "exercises"): "exercices",
    ("LessonReaderPage", "Before class"): "Avant la classe",
    ("LessonReaderPage", "In class"): "En classe",
    ("LessonReaderPage", "After class"): "Après la classe",
    ("LessonReaderPage", "Attached files"): "Fichiers joints",
    ("LessonReaderPage", "✓ Lesson done"): "✓ Leçon terminée",
    ("LessonReaderPage", "I have finished this lesson"): "J’ai fini cette leçon",
    ("LessonReaderPage", "Lesson marked as done"): "Leçon marquée comme terminée",
    ("LessonReaderPage", "Mark this lesson as done"): "Marquer cette leçon comme terminée",
    ("Main", "Continuité — %1"): "Continuité — %1",
    ("Main", "Continuité"): "Continuité",
    ("MarkdownSection", "*Nothing in this part.*"): "*Rien dans cette partie.*",
    ("MediaStore", "The file %1 does not exist."): "Le fichier %1 n’existe pas.",
    ("MediaStore", "%1 is not a file."): "%1 n’est pas un fichier.",
    ("MediaStore", "%1 is too large (%2; the limit is %3): a household on mobile data could not download it. Compress it or split it."):
        f"%1 est trop volumineux (%2{N}; la limite est de %3){N}: une famille qui n’a que des données mobiles ne pourrait pas le télécharger. Compressez-le ou découpez-le.",
    ("MediaStore", "Cannot read %1: %2"): f"Impossible de lire %1{N}: %2",
    ("MediaStore", "Cannot create the media folder in %1: check its permissions."): f"Impossible de créer le dossier des médias dans %1{N}: vérifiez ses droits.",
    ("MediaStore", "Not enough free disk space for %1 (%2 needed, %3 free): free some space, then try again."):
        f"Pas assez de place sur le disque pour %1 (%2 nécessaires, %3 libres){N}: libérez de la place, puis réessayez.",
    ("MediaStore", "Cannot write in the media folder: %1"): f"Impossible d’écrire dans le dossier des médias{N}: %1",
    ("MediaStore", "Could not copy %1 (disk full?): %2. Nothing was changed."): f"Impossible de copier %1 (disque plein{N}?){N}: %2. Rien n’a été modifié.",
    ("MediaStore", "Could not copy %1: %2. Nothing was changed."): f"Impossible de copier %1{N}: %2. Rien n’a été modifié.",
    ("MediaStore", "Could not store %1 in the media folder."): "Impossible de ranger %1 dans le dossier des médias.",
    ("MediaStore", "The received file is damaged (its SHA-256 does not match): it was not stored."):
        f"Le fichier reçu est endommagé (son SHA-256 ne correspond pas){N}: il n’a pas été enregistré.",
    ("MediaStore", "The file is too large (%1; the limit is %2)."): f"Le fichier est trop volumineux (%1{N}; la limite est de %2).",
    ("MediaStore", "Could not store the file (disk full?): %1"): f"Impossible d’enregistrer le fichier (disque plein{N}?){N}: %1",
    ("MediaStore", "Not a SHA-256: %1"): f"Ce n’est pas un SHA-256{N}: %1",
    ("MediaStore", "The file %1 is not on this device yet: sync to fetch it."): f"Le fichier %1 n’est pas encore sur cet appareil{N}: synchronisez pour le récupérer.",
    ("MediaStore", "The file %1 is damaged on this device: it will be fetched again at the next sync."):
        f"Le fichier %1 est endommagé sur cet appareil{N}: il sera récupéré à nouveau à la prochaine synchronisation.",
    ("PdfViewerPage", "‹ Back to the lesson"): "‹ Revenir à la leçon",
    ("PdfViewerPage", "%1 · %n page(s)"): ["%1 · %n page", "%1 · %n pages"],
    ("PdfViewerPage", "This PDF could not be opened: the file may be damaged. Sync again to download it anew."):
        f"Ce PDF n’a pas pu être ouvert{N}: le fichier est peut-être endommagé. Synchronise à nouveau pour le télécharger de nouveau.",
    ("ProfileCard", "%1, %2, used this device last"): "%1, %2, dernière personne à avoir utilisé cet appareil",
    ("ProfileCard", "%1, %2"): "%1, %2",
    ("ProfileCard", "%1 · last here"): "%1 · dernière connexion",
    ("ProfileChooser", "Continuité"): "Continuité",
    ("ProfileChooser", "Who is working today?"): f"Qui travaille aujourd’hui{N}?",
    ("ProfileChooser", "Choose your card, then type your PIN. Teachers type their password."):
        "Choisis ta carte, puis tape ton code PIN. Les professeurs tapent leur mot de passe.",
    ("ProfileChooser", "People on this device"): "Personnes sur cet appareil",
    ("ProfileChooser", "Nobody uses this device yet. Ask your teacher for your login card, or start the app with --demo to try it."):
        "Personne n’utilise encore cet appareil. Demande ta carte de connexion à ton professeur, ou lance l’application avec --demo pour l’essayer.",
    ("ProfileModel", "Teacher"): "Professeur",
    ("ProfileModel", "Student"): "Élève",
    ("QuizText", 'The quiz has no "questions" list.'): f"Le quiz n’a pas de liste «{N}questions{N}».",
    ("QuizText", "The quiz has more than 200 questions."): "Le quiz a plus de 200 questions.",
    ("QuizText", "Question %1"): "Question %1",
    ("QuizText", 'it needs a short "id".'): f"il lui faut un «{N}id{N}» court.",
    ("QuizText", 'its "id" is used twice.'): f"son «{N}id{N}» est utilisé deux fois.",
    ("QuizText", 'the "prompt" is empty.'): f"l’énoncé («{N}prompt{N}») est vide.",
    ("QuizText", '"points" must be between 0 and 1000.'): f"«{N}points{N}» doit être compris entre 0 et 1000.",
    ("QuizText", 'a choice question needs at least two "choices".'): f"une question à choix doit proposer au moins deux «{N}choices{N}».",
    ("QuizText", '"correct" must list indexes of choices, from 0.'): f"«{N}correct{N}» doit lister des numéros de choix, à partir de 0.",
    ("QuizText", '"correct" must name at least one right choice.'): f"«{N}correct{N}» doit indiquer au moins une bonne réponse.",
    ("QuizText", 'a short-answer question needs "accepted" answers.'): f"une question à réponse courte a besoin de réponses acceptées («{N}accepted{N}»).",
    ("QuizText", '"type" must be "choice" or "short".'): f"«{N}type{N}» doit valoir «{N}choice{N}» ou «{N}short{N}».",
    ("SecretEntry", "Password for %1"): "Mot de passe de %1",
    ("SecretEntry", "PIN for %1"): "Code PIN de %1",
    ("SecretEntry", "Your password"): "Ton mot de passe",
    ("SecretEntry", "4 digits"): "4 chiffres",
    ("SecretEntry", "Open"): "Ouvrir",
    ("SecretEntry", "Open the space of %1"): "Ouvrir l’espace de %1",
    ("SecretEntry", "Back"): "Retour",
    ("SecretEntry", "Back to the profile cards"): "Revenir aux cartes des profils",
    ("Session", "No folder was given for the data: start the app with --data FOLDER."):
        f"Aucun dossier de données n’a été indiqué{N}: lancez l’application avec --data DOSSIER.",
    ("Session", "The data folder could not be opened, so nobody can sign in. Check the folder and restart."):
        "Le dossier de données n’a pas pu être ouvert, personne ne peut donc se connecter. Vérifiez le dossier et relancez.",
    ("Session", "Type your password, then press Enter."): "Tape ton mot de passe, puis appuie sur Entrée.",
    ("Session", "Type your PIN, then press Enter."): "Tape ton code PIN, puis appuie sur Entrée.",
    ("Session", "Nobody is signed in on this device."): "Personne n’est connecté sur cet appareil.",
    ("Session", "The two new passwords are not the same: type them again."):
        f"Les deux nouveaux mots de passe ne sont pas les mêmes{N}: tape-les à nouveau.",
    ("Session", "The two new PINs are not the same: type them again."):
        f"Les deux nouveaux codes PIN ne sont pas les mêmes{N}: tape-les à nouveau.",
    ("Session", "A PIN is made of digits only."): "Un code PIN ne contient que des chiffres.",
    ("SettingsPage", "Type the hub's address first, for example http://192.168.1.10:8080."):
        "Tape d’abord l’adresse du serveur, par exemple http://192.168.1.10:8080.",
    ("SettingsPage", "Type your password to connect."): "Tape ton mot de passe pour te connecter.",
    ("SettingsPage", "Type the PIN on your card to connect."): "Tape le code PIN de ta carte pour te connecter.",
    ("SettingsPage", "The monthly cap is a whole number of MB (0: no cap)."):
        f"La limite mensuelle est un nombre entier de Mo (0{N}: pas de limite).",
    ("SettingsPage", "Saved."): "Enregistré.",
    ("SettingsPage", "Your password on this device is changed."): "Ton mot de passe sur cet appareil est changé.",
    ("SettingsPage", "Your PIN on this device is changed."): "Ton code PIN sur cet appareil est changé.",
    ("SettingsPage", "← Back"): "← Retour",
    ("SettingsPage", "Back to my lessons"): "Revenir à mes leçons",
    ("SettingsPage", "Settings of %1"): "Réglages de %1",
    ("SettingsPage", "Hub"): "Serveur",
    ("SettingsPage", "Connected to %1. Your work syncs by itself when there is a network."):
        "Connecté à %1. Ton travail se synchronise tout seul quand il y a du réseau.",
    ("SettingsPage", "Not connected: everything stays on this device. Ask your teacher or school for the hub's address."):
        f"Pas connecté{N}: tout reste sur cet appareil. Demande l’adresse du serveur à ton professeur ou à l’école.",
    ("SettingsPage", "Hub address"): "Adresse du serveur",
    ("SettingsPage", "Your password"): "Ton mot de passe",
    ("SettingsPage", "The PIN on your card"): "Le code PIN de ta carte",
    ("SettingsPage", "Connect again"): "Se reconnecter",
    ("SettingsPage", "Connect"): "Se connecter",
    ("SettingsPage", "Connect to the hub with this address"): "Se connecter au serveur à cette adresse",
    ("SettingsPage", "Connecting…"): "Connexion…",
    ("SettingsPage", "Data use"): "Consommation de données",
    ("SettingsPage", "Lessons and work (text) always sync. Files (images, videos, PDFs) are heavier:"):
        f"Les leçons et les devoirs (texte) se synchronisent toujours. Les fichiers (images, vidéos, PDF) sont plus lourds{N}:",
    ("SettingsPage", "Never download or send files"): "Ne jamais télécharger ni envoyer de fichiers",
    ("SettingsPage", "Files only on unmetered networks (Wi-Fi, cable)"): "Fichiers seulement sur un réseau illimité (Wi-Fi, câble)",
    ("SettingsPage", "Files always"): "Fichiers toujours",
    ("SettingsPage", "Monthly cap in MB (0: no cap)"): f"Limite par mois en Mo (0{N}: pas de limite)",
    ("SettingsPage", "This device cannot tell whether its network is metered: files wait as on mobile data."):
        f"Cet appareil ne sait pas dire si son réseau est limité{N}: les fichiers attendent comme sur les données mobiles.",
    ("SettingsPage", "The network now is metered (mobile data)."): "Le réseau actuel est limité (données mobiles).",
    ("SettingsPage", "The network now is not metered."): "Le réseau actuel n’est pas limité.",
    ("SettingsPage", "Save"): "Enregistrer",
    ("SettingsPage", "Save the data policy"): "Enregistrer la règle de consommation",
    ("SettingsPage", "My password"): "Mon mot de passe",
    ("SettingsPage", "My PIN"): "Mon code PIN",
    ("SettingsPage", "It opens your profile on this device."): "Il ouvre ton profil sur cet appareil.",
    ("SettingsPage", "It opens your profile on this device. To connect to the hub, use the PIN on your card."):
        "Il ouvre ton profil sur cet appareil. Pour te connecter au serveur, utilise le code PIN de ta carte.",
    ("SettingsPage", "Current password"): "Mot de passe actuel",
    ("SettingsPage", "Current PIN"): "Code PIN actuel",
    ("SettingsPage", "New password (6 characters or more)"): "Nouveau mot de passe (6 caractères ou plus)",
    ("SettingsPage", "New PIN (4 digits or more)"): "Nouveau code PIN (4 chiffres ou plus)",
    ("SettingsPage", "New password again"): "Nouveau mot de passe, encore",
    ("SettingsPage", "New PIN again"): "Nouveau code PIN, encore",
    ("SettingsPage", "Change my password"): "Changer mon mot de passe",
    ("SettingsPage", "Change my PIN"): "Changer mon code PIN",
    ("SettingsPage", "Refused by the hub"): "Refusé par le serveur",
    ("SettingsPage", "These changes are kept on this device; the hub will not take them. Ask your teacher if you do not understand why."):
        f"Ces modifications sont gardées sur cet appareil{N}; le serveur ne les prendra pas. Demande à ton professeur si tu ne comprends pas pourquoi.",
    ("Store", "Could not initialise the store"): "Impossible d’initialiser les données",
    ("Store", "Could not initialise the store: %1"): f"Impossible d’initialiser les données{N}: %1",
    ("Store", "Could not save the new secret"): "Impossible d’enregistrer le nouveau code",
    ("Store", "No profile is selected: choose who you are first (profile switch)."):
        f"Aucun profil n’est choisi{N}: indiquez d’abord qui vous êtes (profile switch).",
    ("Store", "Only a teacher can do this; %1 is a student profile."): f"Seul un professeur peut faire cela{N}; %1 est un profil d’élève.",
    ("Store", 'There is no class %1 here: check the id with "class list".'): f"Il n’y a pas de classe %1 ici{N}: vérifiez l’identifiant avec «{N}class list{N}».",
    ("Store", "%1 is not a teacher of this class."): "%1 n’enseigne pas dans cette classe.",
    ("Store", "The %1 needs a title."): "Il faut donner un titre à %1.",
    ("Store", "The title is too long (%1 characters, at most %2): shorten it."): f"Le titre est trop long (%1 caractères, %2 au plus){N}: raccourcissez-le.",
    ("Store", "The image %1 linked in the text: %2"): f"L’image %1 citée dans le texte{N}: %2",
    ("Store", '"%1" is not a valid login: use letters, digits, dots, dashes (64 at most).'):
        f"«{N}%1{N}» n’est pas un identifiant valide{N}: utilisez des lettres, des chiffres, des points et des tirets (64 au plus).",
    ("Store", "A profile needs a name of 1 to %1 characters."): "Un profil a besoin d’un nom de 1 à %1 caractères.",
    ("Store", 'There is already a profile "%1" on this device.'): f"Il y a déjà un profil «{N}%1{N}» sur cet appareil.",
    ("Store", '"%1" is not a person id.'): f"«{N}%1{N}» n’est pas un identifiant de personne.",
    ("Store", "A teacher's password needs at least 6 characters."): "Le mot de passe d’un professeur doit comporter au moins 6 caractères.",
    ("Store", "A PIN needs at least 4 digits."): "Un code PIN doit comporter au moins 4 chiffres.",
    ("Store", "Could not add the profile"): "Impossible d’ajouter le profil",
    ("Store", 'There is no profile "%1" on this device.'): f"Il n’y a pas de profil «{N}%1{N}» sur cet appareil.",
    ("Store", "Wrong password for %1."): "Mot de passe incorrect pour %1.",
    ("Store", "Wrong PIN for %1."): "Code PIN incorrect pour %1.",
    ("Store", "Too many wrong tries for %1: wait %2 seconds, then try again."):
        f"Trop d’essais erronés pour %1{N}: attendez %2{N}secondes, puis réessayez.",
    ("Store", "Could not switch profile"): "Impossible de changer de profil",
    ("Store", "Only a teacher can create a class."): "Seul un professeur peut créer une classe.",
    ("Store", "A class needs a name of 1 to %1 characters."): "Une classe a besoin d’un nom de 1 à %1 caractères.",
    ("Store", "A student needs a name of 1 to %1 characters."): "Un élève a besoin d’un nom de 1 à %1 caractères.",
    ("Store", "There is no member %1 here."): "Il n’y a pas de membre %1 ici.",
    ("Store", "lesson"): "la leçon",
    ("Store", "There is no lesson %1 here."): "Il n’y a pas de leçon %1 ici.",
    ("Store", "assignment"): "le devoir",
    ("Store", "There is no lesson %1 in this class."): "Il n’y a pas de leçon %1 dans cette classe.",
    ("Store", "A quiz assignment needs questions (--quiz FILE)."): "Un devoir de type quiz a besoin de questions (--quiz FICHIER).",
    ("Store", "There is no assignment %1 here."): "Il n’y a pas de devoir %1 ici.",
    ("Store", "Only a student can hand in work."): "Seul un élève peut rendre un travail.",
    ("Store", "There is no assignment %1 for you here."): "Il n’y a pas de devoir %1 pour toi ici.",
    ("Store", "The text is too long (%1 characters, at most 262,144)."): "Le texte est trop long (%1 caractères, 262 144 au plus).",
    ("Store", "Nothing to hand in: write a text, answer the quiz or attach a file."): f"Rien à rendre{N}: écris un texte, réponds au quiz ou joins un fichier.",
    ("Store", 'The quiz has no question "%1".'): f"Le quiz n’a pas de question «{N}%1{N}».",
    ("Store", "Could not hand in"): "Impossible de rendre le travail",
    ("Store", "There is no submission %1 here."): "Il n’y a pas de copie %1 ici.",
    ("Store", "The comment is too long (at most 32,768 characters)."): "Le commentaire est trop long (32 768 caractères au plus).",
    ("Store", "Feedback needs a comment or a score."): "Un retour a besoin d’un commentaire ou d’une note.",
    ("Store", "A score must be between 0 and 1000."): "Une note doit être comprise entre 0 et 1000.",
    ("Store", "Progress is recorded for students."): "La progression n’est enregistrée que pour les élèves.",
    ("Store", "There is no lesson %1 for you here."): "Il n’y a pas de leçon %1 pour toi ici.",
    ("Store", "Time spent must be between 0 and 24 hours."): "Le temps passé doit être compris entre 0 et 24 heures.",
    ("Store", "Could not save your work"): "Impossible d’enregistrer ton travail",
    ("TextFile", "The file %1 does not exist."): "Le fichier %1 n’existe pas.",
    ("TextFile", "%1 is not a file."): "%1 n’est pas un fichier.",
    ("TextFile", "%1 is too large for a text (%2 KB, at most %3 KB): split it."): f"%1 est trop long pour un texte (%2{N}Ko, %3{N}Ko au plus){N}: découpez-le.",
    ("TextFile", "Cannot read %1: %2"): f"Impossible de lire %1{N}: %2",
    ("TextFile", "%1 is not UTF-8 text: save it as UTF-8 in your editor, then try again."):
        f"%1 n’est pas un texte UTF-8{N}: enregistrez-le en UTF-8 dans votre éditeur, puis réessayez.",
}

# The command line (app/cli/), the demo loader and later core messages.
FR.update({
    ("AssignmentCommand", "Create a draft assignment: free text, a file to hand in, or a quiz from a JSON file."):
        f"Créer un devoir en brouillon{N}: texte libre, fichier à rendre, ou quiz depuis un fichier JSON.",
    ("AssignmentCommand", "The class (id or name)."): "La classe (identifiant ou nom).",
    ("AssignmentCommand", "The title."): "Le titre.",
    ("AssignmentCommand", "The instructions, a Markdown file (UTF-8)."): "La consigne, un fichier Markdown (UTF-8).",
    ("AssignmentCommand", "The due date, e.g. 2026-12-04T18:00:00+01:00 or 2026-12-04."):
        "La date limite, par exemple 2026-12-04T18:00:00+01:00 ou 2026-12-04.",
    ("AssignmentCommand", "The lesson it follows."): "La leçon dont il fait suite.",
    ("AssignmentCommand", "A quiz file (JSON: questions with choices or accepted answers, and points)."):
        f"Un fichier de quiz (JSON{N}: des questions avec des choix ou des réponses acceptées, et des points).",
    ("AssignmentCommand", "text (default) or file."): "text (par défaut) ou file.",
    ("AssignmentCommand", "A file to attach (repeatable)."): "Un fichier à joindre (option répétable).",
    ("AssignmentCommand", 'The type must be "text", "file" or "quiz", not "%1".'):
        f"Le type doit être «{N}text{N}», «{N}file{N}» ou «{N}quiz{N}», pas «{N}%1{N}».",
    ("AssignmentCommand", "--quiz makes a quiz: leave out --type %1."): f"--quiz crée un quiz{N}: retirez --type %1.",
    ("AssignmentCommand", "%1 is not valid JSON (%2 at character %3): fix the quiz file."):
        f"%1 n’est pas du JSON valide (%2 au caractère %3){N}: corrigez le fichier du quiz.",
    ("AssignmentCommand", '%1 is not a quiz: it must be a JSON object with a "questions" list.'):
        f"%1 n’est pas un quiz{N}: il doit s’agir d’un objet JSON avec une liste «{N}questions{N}».",
    ("AssignmentCommand", "%1: %2"): f"%1{N}: %2",
    ("AssignmentCommand", '"%1" is not a date: write it as 2026-12-04T18:00:00+01:00 or 2026-12-04.'):
        f"«{N}%1{N}» n’est pas une date{N}: écrivez-la comme 2026-12-04T18:00:00+01:00 ou 2026-12-04.",
    ("AssignmentCommand", 'Created the draft assignment "%1" (id %2); publish it with "assignment publish %2".'):
        f"Devoir «{N}%1{N}» créé en brouillon (identifiant %2){N}; publiez-le avec «{N}assignment publish %2{N}».",
    ("AssignmentCommand", "Publish an assignment to its class."): "Publier un devoir pour sa classe.",
    ("AssignmentCommand", 'Published "%1".'): f"«{N}%1{N}» est publié.",
    ("AssignmentCommand", "An assignment's instructions and questions (a teacher also sees the answers)."):
        "La consigne et les questions d’un devoir (un professeur voit aussi les réponses).",
    ("AssignmentCommand", 'There is no assignment %1 for you here: see "assignment list".'):
        f"Il n’y a pas de devoir %1 pour vous ici{N}: voyez «{N}assignment list{N}».",
    ("AssignmentCommand", "Assignments by due date (students see published ones)."):
        "Les devoirs par date limite (les élèves voient ceux qui sont publiés).",
    ("AssignmentCommand", "Only this class (id or name)."): "Seulement cette classe (identifiant ou nom).",
    ("AssignmentCommand", "due %1"): "à rendre le %1",
    ("AssignmentCommand", "draft"): "brouillon",
    ("AssignmentCommand", "No assignment yet."): "Pas encore de devoir.",
    ("ChangeLog", "Could not store the device key"): "Impossible d’enregistrer la clé de l’appareil",
    ("ClassCommand", "Create a class; you are its teacher."): f"Créer une classe{N}; vous en êtes le professeur.",
    ("ClassCommand", 'The class\'s name, e.g. "6e B — Mathématiques".'): f"Le nom de la classe, par exemple «{N}6e B — Mathématiques{N}».",
    ("ClassCommand", "Created the class %1 (id %2)."): "Classe %1 créée (identifiant %2).",
    ("ClassCommand", "Your classes."): "Vos classes.",
    ("ClassCommand", "No class yet."): "Pas encore de classe.",
    ("Cli", "The data folder (the store and its media)."): "Le dossier des données (la base et ses médias).",
    ("Cli", "Act as this profile for this command."): "Agir avec ce profil pour cette commande.",
    ("Cli", "Print one JSON object."): "Afficher un objet JSON.",
    ("Cli", "Show help."): "Afficher l’aide.",
    ("Cli", "Usage: continuite-cli [--data DIR] [--user LOGIN] COMMAND … [--json]"):
        f"Utilisation{N}: continuite-cli [--data DOSSIER] [--user IDENTIFIANT] COMMANDE … [--json]",
    ("Cli", "Commands:"): f"Commandes{N}:",
    ("Cli", "The data folder defaults to %1. Exit status: 0 done, 1 an error to fix (the message says how), 2 bad usage."):
        f"Le dossier des données est par défaut %1. Code de sortie{N}: 0 fait, 1 une erreur à corriger (le message dit comment), 2 mauvaise utilisation.",
    ("Cli", "Which command? See the list below."): f"Quelle commande{N}? Voyez la liste ci-dessous.",
    ("Cli", 'Unknown command "%1".'): f"Commande inconnue{N}: «{N}%1{N}».",
    ("Cli", 'Unknown command "%1 %2".'): f"Commande inconnue{N}: «{N}%1 %2{N}».",
    ("Cli", '"%1" needs a subcommand.'): f"«{N}%1{N}» demande une sous-commande.",
    ("Cli", "Usage: %1"): f"Utilisation{N}: %1",
    ("Cli", "--%1 needs a value."): "--%1 demande une valeur.",
    ("Cli", "Missing argument: see the usage below."): f"Argument manquant{N}: voyez l’utilisation ci-dessous.",
    ("Cli", "Too many arguments: %1"): f"Trop d’arguments{N}: %1",
    ("Cli", "Missing --%1."): "Il manque --%1.",
    ("Cli", "--%1 is given more than once."): "--%1 est donné plusieurs fois.",
    ("Cli", "--data needs a folder."): "--data demande un dossier.",
    ("Cli", 'There is no profile "%1" on this device: see "profile list".'):
        f"Il n’y a pas de profil «{N}%1{N}» sur cet appareil{N}: voyez «{N}profile list{N}».",
    ("Cli", "Password for %1: "): f"Mot de passe de %1{N}: ",
    ("Cli", "PIN for %1: "): f"Code PIN de %1{N}: ",
    ("Cli", "%1 is protected: type the PIN or password on standard input, or set CONTINUITE_SECRET."):
        f"%1 est protégé{N}: tapez le code PIN ou le mot de passe sur l’entrée standard, ou définissez CONTINUITE_SECRET.",
    ("Cli", 'No profile is selected: run "profile switch LOGIN" or add --user LOGIN.'):
        f"Aucun profil n’est choisi{N}: lancez «{N}profile switch IDENTIFIANT{N}» ou ajoutez --user IDENTIFIANT.",
    ("Cli", "The file %1 does not exist: check the path."): f"Le fichier %1 n’existe pas{N}: vérifiez le chemin.",
    ("Cli", "%1 is not a file: give the path of a file."): f"%1 n’est pas un fichier{N}: donnez le chemin d’un fichier.",
    ("Cli", "%1 is too large (%2; the limit is %3): compress it or split it."):
        f"%1 est trop volumineux (%2{N}; la limite est de %3){N}: compressez-le ou découpez-le.",
    ("Cli", "Cannot read %1 (%2): check its permissions."): f"Impossible de lire %1 (%2){N}: vérifiez ses droits.",
    ("Continuite::Cli", "Type: %1 · due %2 · %3 · id %4"): f"Type{N}: %1 · à rendre le %2 · %3 · identifiant %4",
    ("Continuite::Cli", "published"): "publié",
    ("Continuite::Cli", "draft"): "brouillon",
    ("Continuite::Cli", "Quiz (%1 points):"): f"Quiz (%1 points){N}:",
    ("Continuite::Cli", "%1 pt"): f"%1{N}pt",
    ("Continuite::Cli", "accepted: %1"): f"acceptées{N}: %1",
    ("Continuite::Cli", "Version %1 · handed in %2 · id %3"): "Version %1 · rendue le %2 · identifiant %3",
    ("Continuite::Cli", "Automatic score: %1"): f"Note automatique{N}: %1",
    ("Continuite::Cli", "Answers: %1"): f"Réponses{N}: %1",
    ("DemoCommand", "Load the demo course (a 6e maths sequence on fractions) into the store; loading twice changes nothing."):
        f"Charger le cours de démonstration (une séquence de maths de 6e sur les fractions){N}; le charger deux fois ne change rien.",
    ("DemoCommand", "Teacher: %1 (password %2)"): f"Professeur{N}: %1 (mot de passe %2)",
    ("DemoCommand", "Student: %1, %2 (PIN %3)"): f"Élève{N}: %1, %2 (code PIN %3)",
    ("DemoCommand", 'The demo course "%1" is already in this store: nothing was changed.'):
        f"Le cours de démonstration «{N}%1{N}» est déjà dans ces données{N}: rien n’a été modifié.",
    ("DemoCommand", 'Loaded the demo course "%1": %2 lessons, %3 assignments, published.'):
        f"Cours de démonstration «{N}%1{N}» chargé{N}: %2 leçons, %3 devoirs, publiés.",
    ("DemoLoader", "The demo course is incomplete (%1): reinstall Continuité."): f"Le cours de démonstration est incomplet (%1){N}: réinstallez Continuité.",
    ("DemoLoader", "Could not unpack the demo course into a temporary folder: check the free space in %1."):
        f"Impossible de décompresser le cours de démonstration dans un dossier temporaire{N}: vérifiez la place libre dans %1.",
    ("DemoLoader", 'This store already has a profile "%1" that is not the demo\'s: load the demo in another data folder.'):
        f"Ces données ont déjà un profil «{N}%1{N}» qui n’est pas celui de la démonstration{N}: chargez la démonstration dans un autre dossier de données.",
    ("DemoLoader", "The demo student %1: %2"): f"L’élève de démonstration %1{N}: %2",
    ("DemoLoader", 'The demo lesson "%1": %2'): f"La leçon de démonstration «{N}%1{N}»{N}: %2",
    ("DemoLoader", 'The demo assignment "%1": %2'): f"Le devoir de démonstration «{N}%1{N}»{N}: %2",
    ("DemoLoader", "The demo course was not loaded: %1"): f"Le cours de démonstration n’a pas été chargé{N}: %1",
    ("FeedbackCommand", "Comment (and score) one version of a student's work."): "Commenter (et noter) une version du travail d’un élève.",
    ("FeedbackCommand", "The submission (one version's id)."): "La copie (l’identifiant d’une version).",
    ("FeedbackCommand", "Another version of the same student's work, by number (1 is the first)."):
        "Une autre version du travail du même élève, par numéro (1 est la première).",
    ("FeedbackCommand", "The comment."): "Le commentaire.",
    ("FeedbackCommand", "The score, e.g. 8.5."): "La note, par exemple 8.5.",
    ("FeedbackCommand", 'There is no submission %1 here: see "submission list --assignment A".'):
        f"Il n’y a pas de copie %1 ici{N}: voyez «{N}submission list --assignment A{N}».",
    ("FeedbackCommand", "There is no version %1 of this work (versions 1 to %2)."): "Il n’y a pas de version %1 de ce travail (versions 1 à %2).",
    ("FeedbackCommand", '"%1" is not a score: write a number such as 8.5.'): f"«{N}%1{N}» n’est pas une note{N}: écrivez un nombre comme 8.5.",
    ("FeedbackCommand", "Feedback saved (score %1)."): "Retour enregistré (note %1).",
    ("FeedbackCommand", "The feedback on one version of a student's work."): "Les retours sur une version du travail d’un élève.",
    ("FeedbackCommand", "The submission."): "La copie.",
    ("FeedbackCommand", "score %1"): "note %1",
    ("FeedbackCommand", "No feedback yet."): "Pas encore de retour.",
    ("LessonCommand", "Status: %1 · planned %2 · id %3"): f"État{N}: %1 · prévue le %2 · identifiant %3",
    ("LessonCommand", "published"): "publiée",
    ("LessonCommand", "draft"): "brouillon",
    ("LessonCommand", "Before class"): "Avant la classe",
    ("LessonCommand", "In class"): "En classe",
    ("LessonCommand", "After class"): "Après la classe",
    ("LessonCommand", "Attachments (%1):"): f"Fichiers joints (%1){N}:",
    ("LessonCommand", 'Create a draft lesson from Markdown: "## Avant la classe / En classe / Après la classe" sections; linked images are attached.'):
        f"Créer une leçon en brouillon depuis du Markdown{N}: des sections «{N}## Avant la classe / En classe / Après la classe{N}»{N}; les images liées sont jointes.",
    ("LessonCommand", "The class (id or name)."): "La classe (identifiant ou nom).",
    ("LessonCommand", 'The title (default: the file\'s "# Title").'): f"Le titre (par défaut{N}: le «{N}# Titre{N}» du fichier).",
    ("LessonCommand", "The lesson's Markdown file (UTF-8)."): "Le fichier Markdown de la leçon (UTF-8).",
    ("LessonCommand", "A file to attach (repeatable)."): "Un fichier à joindre (option répétable).",
    ("LessonCommand", "The planned date."): "La date prévue.",
    ("LessonCommand", '"%1" is not a date: write it as YYYY-MM-DD.'): f"«{N}%1{N}» n’est pas une date{N}: écrivez-la sous la forme AAAA-MM-JJ.",
    ("LessonCommand", 'Created the draft lesson "%1" (id %2) with %3 attachments; publish it with "lesson publish %2".'):
        f"Leçon «{N}%1{N}» créée en brouillon (identifiant %2) avec %3 fichiers joints{N}; publiez-la avec «{N}lesson publish %2{N}».",
    ("LessonCommand", "Attach files to a lesson (stored once, by content)."): "Joindre des fichiers à une leçon (stockés une seule fois, selon leur contenu).",
    ("LessonCommand", '"%1" now has %2 attachments.'): f"«{N}%1{N}» a maintenant %2 fichiers joints.",
    ("LessonCommand", "Publish a lesson: its class's students see it at their next sync."):
        f"Publier une leçon{N}: les élèves de la classe la verront à leur prochaine synchronisation.",
    ("LessonCommand", 'Published "%1".'): f"«{N}%1{N}» est publiée.",
    ("LessonCommand", "A lesson's sections and attachments (with SHA-256, size and type)."):
        "Les sections et les fichiers joints d’une leçon (avec SHA-256, taille et type).",
    ("LessonCommand", 'There is no lesson %1 for you here: see "lesson list".'): f"Il n’y a pas de leçon %1 pour vous ici{N}: voyez «{N}lesson list{N}».",
    ("LessonCommand", "Lessons in sequence order (students see published ones)."): "Les leçons dans l’ordre de la séquence (les élèves voient celles qui sont publiées).",
    ("LessonCommand", "Only this class (id or name)."): "Seulement cette classe (identifiant ou nom).",
    ("LessonCommand", "No lesson yet."): "Pas encore de leçon.",
    ("ProfileCommand", "Add a person to this device; their PIN or password is read from stdin (a teacher needs one)."):
        f"Ajouter une personne sur cet appareil{N}; son code PIN ou son mot de passe est lu sur l’entrée standard (obligatoire pour un professeur).",
    ("ProfileCommand", "The login."): "L’identifiant.",
    ("ProfileCommand", "The name shown."): "Le nom affiché.",
    ("ProfileCommand", "teacher or student."): "teacher (professeur) ou student (élève).",
    ("ProfileCommand", "The person's id, when they already exist (a student added to a class)."):
        "L’identifiant de la personne, quand elle existe déjà (un élève ajouté à une classe).",
    ("ProfileCommand", "Read the PIN or password from stdin (or $CONTINUITE_SECRET)."): "Lire le code PIN ou le mot de passe sur l’entrée standard (ou dans $CONTINUITE_SECRET).",
    ("ProfileCommand", 'The role must be "teacher" or "student", not "%1".'): f"Le rôle doit être «{N}teacher{N}» ou «{N}student{N}», pas «{N}%1{N}».",
    ("ProfileCommand", "PIN or password: "): f"Code PIN ou mot de passe{N}: ",
    ("ProfileCommand", "No PIN or password on standard input: type it there, or set CONTINUITE_SECRET."):
        f"Aucun code PIN ni mot de passe sur l’entrée standard{N}: tapez-le, ou définissez CONTINUITE_SECRET.",
    ("ProfileCommand", "A teacher's profile needs a password: add --secret-stdin and type it on standard input."):
        f"Le profil d’un professeur a besoin d’un mot de passe{N}: ajoutez --secret-stdin et tapez-le sur l’entrée standard.",
    ("ProfileCommand", "Added the %1 profile %2 (%3)."): "Profil %1 %2 ajouté (%3).",
    ("ProfileCommand", "The profiles on this device; * marks the active one."): f"Les profils de cet appareil{N}; * marque le profil actif.",
    ("ProfileCommand", 'No profile on this device yet: add one with "profile add", or load the demo with "demo load".'):
        f"Pas encore de profil sur cet appareil{N}: ajoutez-en un avec «{N}profile add{N}», ou chargez la démonstration avec «{N}demo load{N}».",
    ("ProfileCommand", "Become this profile on this device; their PIN or password is read from stdin."):
        f"Passer à ce profil sur cet appareil{N}; son code PIN ou son mot de passe est lu sur l’entrée standard.",
    ("ProfileCommand", 'There is no profile "%1" on this device: see "profile list".'):
        f"Il n’y a pas de profil «{N}%1{N}» sur cet appareil{N}: voyez «{N}profile list{N}».",
    ("ProfileCommand", "Password for %1: "): f"Mot de passe de %1{N}: ",
    ("ProfileCommand", "PIN for %1: "): f"Code PIN de %1{N}: ",
    ("ProfileCommand", "%1 is protected: type the PIN or password on standard input, or set CONTINUITE_SECRET."):
        f"%1 est protégé{N}: tapez le code PIN ou le mot de passe sur l’entrée standard, ou définissez CONTINUITE_SECRET.",
    ("ProfileCommand", "You are now %1 (%2) on this device."): "Vous êtes maintenant %1 (%2) sur cet appareil.",
    ("ProgressCommand", '"%1" is not a number of seconds.'): f"«{N}%1{N}» n’est pas un nombre de secondes.",
    ("ProgressCommand", "Lesson completed (%1 min spent)."): f"Leçon terminée (%1{N}min passées).",
    ("ProgressCommand", "Lesson opened (%1 min spent)."): f"Leçon ouverte (%1{N}min passées).",
    ("ProgressCommand", "Time spent to add, in seconds."): "Temps passé à ajouter, en secondes.",
    ("ProgressCommand", "Mark a lesson as opened (a student), adding time spent."): "Marquer une leçon comme ouverte (un élève), en ajoutant le temps passé.",
    ("ProgressCommand", "Mark a lesson as completed (a student)."): "Marquer une leçon comme terminée (un élève).",
    ("ProgressCommand", "Progress on the lessons: a student's own, or a teacher's whole class."):
        f"La progression dans les leçons{N}: celle d’un élève, ou toute la classe pour un professeur.",
    ("ProgressCommand", "Only this lesson."): "Seulement cette leçon.",
    ("ProgressCommand", 'There is no lesson %1 for you here: see "lesson list".'): f"Il n’y a pas de leçon %1 pour vous ici{N}: voyez «{N}lesson list{N}».",
    ("ProgressCommand", "completed"): "terminée",
    ("ProgressCommand", "opened"): "ouverte",
    ("ProgressCommand", "not opened"): "pas ouverte",
    ("ProgressCommand", "%1 min"): f"%1{N}min",
    ("ProgressCommand", "No progress recorded yet."): "Aucune progression enregistrée pour l’instant.",
    ("StatusCommand", "What this device has not sent yet (for the acting profile), and who acts."):
        "Ce que cet appareil n’a pas encore envoyé (pour le profil actif), et qui agit.",
    ("StatusCommand", "Profile: %1"): f"Profil{N}: %1",
    ("StatusCommand", "none"): "aucun",
    ("StatusCommand", "Changes waiting to be sent: %1 (refused by the hub: %2)"): f"Modifications en attente d’envoi{N}: %1 (refusées par le serveur{N}: %2)",
    ("StatusCommand", "Hub: not connected yet · last sync: never"): f"Serveur{N}: pas encore connecté · dernière synchronisation{N}: jamais",
    ("StatusCommand", "Device: %1 · store: %2 (schema %3)"): f"Appareil{N}: %1 · données{N}: %2 (schéma %3)",
    ("Store", "Could not record the file"): "Impossible d’enregistrer le fichier",
    ("StudentCommand", "Add a student to a class: prints their login code and PIN (shown only once: write them on their card)."):
        f"Ajouter un élève à une classe{N}: affiche son code de connexion et son code PIN (montrés une seule fois{N}: notez-les sur sa carte).",
    ("StudentCommand", "The class (id or name)."): "La classe (identifiant ou nom).",
    ("StudentCommand", "The student's name."): "Le nom de l’élève.",
    ("StudentCommand", "Added %1: login %2, PIN %3 (write them on their card; the PIN is not shown again)."):
        f"%1 ajouté(e){N}: identifiant %2, code PIN %3 (notez-les sur sa carte{N}; le code PIN ne sera plus affiché).",
    ("StudentCommand", "The class's members (a student sees their teachers and themselves)."): "Les membres de la classe (un élève voit ses professeurs et lui-même).",
    ("StudentCommand", 'You are not in a class %1: check the id with "class list".'): f"Vous n’êtes pas dans une classe %1{N}: vérifiez l’identifiant avec «{N}class list{N}».",
    ("SubmissionCommand", "The versions handed in, with their feedback (a student sees only their own)."):
        "Les versions rendues, avec leurs retours (un élève ne voit que les siennes).",
    ("SubmissionCommand", "The assignment."): "Le devoir.",
    ("SubmissionCommand", "Only this student (a person id)."): "Seulement cet élève (un identifiant de personne).",
    ("SubmissionCommand", 'There is no assignment %1 for you here: see "assignment list".'): f"Il n’y a pas de devoir %1 pour vous ici{N}: voyez «{N}assignment list{N}».",
    ("SubmissionCommand", "Student %1:"): f"Élève %1{N}:",
    ("SubmissionCommand", "Feedback: %1 (score %2)"): f"Retour{N}: %1 (note %2)",
    ("SubmissionCommand", "Nothing handed in yet."): "Rien n’a encore été rendu.",
    ("SubmitCommand", "Hand in your work: a new version each time, never replacing the last; quizzes are scored at once."):
        f"Rendre ton travail{N}: une nouvelle version à chaque fois, sans jamais remplacer la précédente{N}; les quiz sont notés tout de suite.",
    ("SubmitCommand", "Your answer as text."): "Ta réponse, en texte.",
    ("SubmitCommand", "Your answer from a text file (UTF-8)."): "Ta réponse, depuis un fichier texte (UTF-8).",
    ("SubmitCommand", 'Quiz answers, a JSON file: {"q1": [0], "q2": "3/4"}.'): f"Les réponses au quiz, un fichier JSON{N}: {{\"q1\": [0], \"q2\": \"3/4\"}}.",
    ("SubmitCommand", "A file to hand in (repeatable)."): "Un fichier à rendre (option répétable).",
    ("SubmitCommand", "Give --text or --text-file, not both."): "Donne --text ou --text-file, pas les deux.",
    ("SubmitCommand", '%1 is not a JSON object of answers like {"q1": [0], "q2": "3/4"}: fix it.'):
        f"%1 n’est pas un objet JSON de réponses comme {{\"q1\": [0], \"q2\": \"3/4\"}}{N}: corrige-le.",
    ("SubmitCommand", "Handed in (kept on this device until the next sync)."): "Rendu (gardé sur cet appareil jusqu’à la prochaine synchronisation).",
    ("WalkthroughCommand", "Show the demo course without a display: as the teacher, then as a student who takes the quiz and reads the feedback."):
        f"Montrer le cours de démonstration sans écran{N}: comme le professeur, puis comme un élève qui fait le quiz et lit le retour.",
    ("WalkthroughCommand", 'The demo course "%1" is in this store.'): f"Le cours de démonstration «{N}%1{N}» est dans ces données.",
    ("WalkthroughCommand", 'Loaded the demo course "%1".'): f"Cours de démonstration «{N}%1{N}» chargé.",
    ("WalkthroughCommand", "As the teacher, %1: the lessons"): f"Comme le professeur, %1{N}: les leçons",
    ("WalkthroughCommand", "The demo class has no lessons: load the demo into a new data folder."):
        f"La classe de démonstration n’a pas de leçon{N}: chargez la démonstration dans un nouveau dossier de données.",
    ("WalkthroughCommand", "The first lesson, as the students will read it"): "La première leçon, telle que les élèves la liront",
    ("WalkthroughCommand", "The assignments"): "Les devoirs",
    ("WalkthroughCommand", "due %1"): "à rendre le %1",
    ("WalkthroughCommand", "The demo course has no quiz or no student: load the demo into a new data folder."):
        f"Le cours de démonstration n’a pas de quiz ou pas d’élève{N}: chargez la démonstration dans un nouveau dossier de données.",
    ("WalkthroughCommand", "As the student %1: the lessons"): f"Comme l’élève %1{N}: les leçons",
    ("WalkthroughCommand", "  (%1 reads the first lesson and marks it completed.)"): "  (%1 lit la première leçon et la marque comme terminée.)",
    ("WalkthroughCommand", "The quiz"): "Le quiz",
    ("WalkthroughCommand", "%1 hands in the quiz:"): f"%1 rend le quiz{N}:",
    ("WalkthroughCommand", "As the teacher: feedback"): f"Comme le professeur{N}: le retour",
    ("WalkthroughCommand", "%1 comments version %2: %3 (score %4)"): f"%1 commente la version %2{N}: %3 (note %4)",
    ("WalkthroughCommand", "As the student again: my work and its feedback"): f"De nouveau comme l’élève{N}: mon travail et son retour",
    ("WalkthroughCommand", "Feedback: %1 (score %2)"): f"Retour{N}: %1 (note %2)",
    ("AssignmentCommand", "Type: %1 · due %2 · %3 · id %4"): f"Type{N}: %1 · à rendre le %2 · %3 · identifiant %4",
    ("AssignmentCommand", "published"): "publié",
    ("AssignmentCommand", "Quiz (%1 points):"): f"Quiz (%1 points){N}:",
    ("AssignmentCommand", "%1 pt"): f"%1{N}pt",
    ("AssignmentCommand", "accepted: %1"): f"acceptées{N}: %1",
    ("Store", "Student"): "Élève",
    ("Store", "Login"): "Identifiant",
    ("Store", "Last seen"): "Dernière activité",
    ("Store", "Lessons opened"): "Leçons ouvertes",
    ("Store", "Lessons completed"): "Leçons terminées",
    ("Store", "Lessons published"): "Leçons publiées",
    ("Store", "Handed in"): "Rendus",
    ("Store", "Late"): "En retard",
    ("Store", "Missing"): "Manquants",
    ("Store", "Could not save"): "Impossible d’enregistrer",
    ("Database", "Cannot create %1: %2"): f"Impossible de créer %1{N}: %2",
    ("SubmitCommand", "Version %1 · handed in %2 · id %3"): "Version %1 · rendue le %2 · identifiant %3",
    ("SubmitCommand", "Automatic score: %1"): f"Note automatique{N}: %1",
    ("SubmitCommand", "Answers: %1"): f"Réponses{N}: %1",
    ("WalkthroughCommand", "%1 changes are waiting on this device for the next sync."): "%1 modifications attendent sur cet appareil la prochaine synchronisation.",
})

# The sync engine and its CLI commands (issue 4).
FR.update({
    ("Cli", "Sign this device in to a hub (a teacher's password or a student's PIN, read from stdin); the person's profile is created here if needed and becomes the active one."):
        "Connecter cet appareil à un serveur (le mot de passe d’un professeur ou le code PIN d’un élève, lu sur l’entrée standard)\u00a0; le profil de la personne est créé ici s’il le faut et devient le profil actif.",
    ("Cli", "The hub's address, e.g. http://192.168.1.10:8080."): "L’adresse du serveur, par exemple http://192.168.1.10:8080.",
    ("Cli", "The login (a student's login code)."): "L’identifiant (le code de connexion d’un élève).",
    ("Cli", "Read the password or PIN from stdin (or $CONTINUITE_SECRET)."): "Lire le mot de passe ou le code PIN sur l’entrée standard (ou dans $CONTINUITE_SECRET).",
    ("Cli", "Password or PIN: "): f"Mot de passe ou code PIN{N}: ",
    ("Cli", "No password or PIN was given on standard input."): "Aucun mot de passe ni code PIN n’a été donné sur l’entrée standard.",
    ("Cli", "Signed in to %1 as %2 (%3). Run \"continuite-cli sync\" to fetch and send everything."):
        f"Connecté à %1 en tant que %2 (%3). Lancez «{N}continuite-cli sync{N}» pour tout recevoir et tout envoyer.",
    ("Cli", "Send what this device has not sent and fetch what is new; prints changes, bytes each way, round trips, media and time. Policy options are kept for later syncs."):
        f"Envoyer ce que cet appareil n’a pas encore envoyé et recevoir ce qui est nouveau{N}; affiche les modifications, les octets dans chaque sens, les allers-retours, les fichiers et la durée. Les options de consommation sont gardées pour les synchronisations suivantes.",
    ("Cli", "The network is metered (mobile data): media wait if the policy says so."):
        f"Le réseau est facturé au volume (données mobiles){N}: les fichiers attendent si la règle le demande.",
    ("Cli", "Records only, this time."): "Seulement les données, cette fois-ci.",
    ("Cli", "When files may be downloaded and sent: never, unmetered or always."):
        f"Quand les fichiers peuvent être téléchargés et envoyés{N}: never (jamais), unmetered (hors données mobiles) ou always (toujours).",
    ("Cli", "Stop media once this month's sync traffic would pass N MB (0: no cap)."):
        f"Arrêter les fichiers dès que le trafic de synchronisation du mois dépasserait N{N}Mo (0{N}: pas de limite).",
    ("Cli", "Use at most N kilobytes per second (0: no cap)."): f"Utiliser au plus N{N}kilo-octets par seconde (0{N}: pas de limite).",
    ("Cli", "%1 has not signed in to a hub on this device: run \"continuite-cli login --hub URL --login %1 --password-stdin\" first."):
        f"%1 ne s’est pas connecté à un serveur sur cet appareil{N}: lancez d’abord «{N}continuite-cli login --hub URL --login %1 --password-stdin{N}».",
    ("Cli", "--media-policy is never, unmetered or always."): "--media-policy vaut never, unmetered ou always.",
    ("Cli", "--%1 needs a whole number, 0 or more."): "--%1 attend un nombre entier, 0 ou plus.",
    ("Cli", "The sync did not complete; run it again."): f"La synchronisation n’est pas allée au bout{N}; relancez-la.",
    ("DownloadRequest", "Could not write the file being downloaded (%1)."): "Impossible d’écrire le fichier en cours de téléchargement (%1).",
    ("DownloadRequest", "A file arrived damaged; it will be fetched again."): f"Un fichier est arrivé abîmé{N}; il sera téléchargé de nouveau.",
    ("DownloadRequest", "The download did not complete; it will resume at the next sync."):
        f"Le téléchargement n’est pas allé au bout{N}; il reprendra à la prochaine synchronisation.",
    ("HttpTransport", "The sync was cancelled."): "La synchronisation a été annulée.",
    ("HttpTransport", "The hub's answer is too large."): "La réponse du serveur est trop grande.",
    ("HttpTransport", "Could not write the file being downloaded (is the disk full?)."):
        f"Impossible d’écrire le fichier en cours de téléchargement (le disque est-il plein{N}?).",
    ("HttpTransport", "The connection stalled or timed out (%1)."): "La connexion s’est bloquée ou a expiré (%1).",
    ("HttpTransport", "Network error: %1."): f"Erreur réseau{N}: %1.",
    ("HttpTransport", "The hub's answer arrived damaged."): "La réponse du serveur est arrivée abîmée.",
    ("HttpTransport", "The hub is busy or unavailable (HTTP %1)."): "Le serveur est occupé ou indisponible (HTTP %1).",
    ("HubFailure", "The hub does not accept this device any more (%1). Sign in again."):
        "Le serveur n’accepte plus cet appareil (%1). Reconnectez-vous.",
    ("HubFailure", "The hub refused (HTTP %1): %2"): f"Le serveur a refusé (HTTP %1){N}: %2",
    ("HubFailure", "The hub answered HTTP %1."): "Le serveur a répondu HTTP %1.",
    ("LoginRequest", "Wrong login or password (or PIN)."): "Identifiant ou mot de passe (ou code PIN) incorrect.",
    ("StatusCommand", "Hub: %1 · last sync: %2 · files waiting: %3"):
        f"Serveur{N}: %1 · dernière synchronisation{N}: %2 · fichiers en attente{N}: %3",
    ("StatusCommand", "never"): "jamais",
    ("SyncBar", "never"): "jamais",
    ("SyncBar", "today at %1"): "aujourd’hui à %1",
    ("SyncBar", "yesterday at %1"): "hier à %1",
    ("SyncBar", "%1 at %2"): "%1 à %2",
    ("SyncBar", "Last sync: %1"): f"Dernière synchronisation{N}: %1",
    ("SyncBar", "%n change(s) waiting to be sent"): ["%n modification en attente d’envoi", "%n modifications en attente d’envoi"],
    ("SyncBar", "%n file(s) waiting"): ["%n fichier en attente", "%n fichiers en attente"],
    ("SyncBar", "%n refused by the hub"): ["%n refusée par le serveur", "%n refusées par le serveur"],
    ("SyncBar", "Data this month: %1 of %2 MB"): f"Données ce mois-ci{N}: %1 sur %2{N}Mo",
    ("SyncBar", "Data this month: %1"): f"Données ce mois-ci{N}: %1",
    ("SyncBar", "Sync progress"): "Avancement de la synchronisation",
    ("SyncBar", "↑ %1 · ↓ %2"): "↑ %1 · ↓ %2",
    ("SyncBar", "%1 sent, %2 received"): "%1 envoyés, %2 reçus",
    ("SyncBar", "Connect…"): "Se connecter…",
    ("SyncBar", "Sync"): "Synchroniser",
    ("SyncBar", "Connect to a hub: open the settings"): f"Se connecter à un serveur{N}: ouvrir les réglages",
    ("SyncBar", "Sync now with the hub"): "Synchroniser maintenant avec le serveur",
    ("SyncController", "This profile is no longer on this device."): "Ce profil n’est plus sur cet appareil.",
    ("SyncController", "The sync was cancelled."): "La synchronisation a été annulée.",
    ("SyncController", "A lesson"): "Une leçon",
    ("SyncController", "An assignment"): "Un devoir",
    ("SyncController", "A piece of work"): "Un travail rendu",
    ("SyncController", "Feedback"): "Une correction",
    ("SyncController", "Reading progress"): "Une progression de lecture",
    ("SyncController", "A student card"): "Une carte d’élève",
    ("SyncController", "A class"): "Une classe",
    ("SyncController", "the hub says you may not make this change"): "le serveur dit que tu ne peux pas faire cette modification",
    ("SyncController", "the hub found it malformed (%1)"): "données mal formées selon le serveur (%1)",
    ("SyncController", "it belongs to another class on the hub"): "cela appartient à une autre classe sur le serveur",
    ("SyncController", "this login code is already used on the hub: make another card"):
        f"cet identifiant est déjà utilisé sur le serveur{N}: fais une autre carte",
    ("SyncController", "%1 was refused: %2."): f"%1, refus du serveur{N}: %2.",
    ("SyncController", "Connecting to the hub…"): "Connexion au serveur…",
    ("SyncController", "Nobody is signed in on this device."): "Personne n’est connecté sur cet appareil.",
    ("SyncController", "The monthly cap is a number of megabytes, 0 or more (0: no cap)."):
        f"La limite mensuelle est un nombre de mégaoctets, 0 ou plus (0{N}: pas de limite).",
    ("SyncController", "Connect to a hub first: the data policy belongs with it."):
        f"Connecte-toi d’abord à un serveur{N}: la règle de consommation va avec lui.",
    ("SyncController", "The connection was cancelled."): "La connexion a été annulée.",
    ("SyncController", "Files: %1 of %2"): f"Fichiers{N}: %1 sur %2",
    ("SyncController", "Sending changes: %1 of %2"): f"Envoi des modifications{N}: %1 sur %2",
    ("SyncController", "Receiving: %n change(s) so far"): [f"Réception{N}: %n modification pour l’instant", f"Réception{N}: %n modifications pour l’instant"],
    ("SyncController", "Asking the hub what is new…"): "Demande des nouveautés au serveur…",
    ("SyncController", "The hub no longer accepts this device. Open the settings and connect again."):
        "Le serveur n’accepte plus cet appareil. Ouvre les réglages et reconnecte-toi.",
    ("SyncController", "The hub knows this login as another person: a separate profile was made on this device. Sign in to it from the profile cards."):
        f"Le serveur connaît cet identifiant comme une autre personne{N}: un profil séparé a été créé sur cet appareil. Ouvre-le depuis les cartes des profils.",
    ("SyncController", "Connected to %1."): "Connecté à %1.",
    ("SyncController", "Not connected to a hub: everything stays on this device. Connect in the settings."):
        f"Pas connecté à un serveur{N}: tout reste sur cet appareil. Connecte-toi dans les réglages.",
    ("SyncController", "Offline: the hub cannot be reached. Your work is kept here and will be sent later."):
        f"Hors ligne{N}: le serveur est injoignable. Ton travail est gardé ici et sera envoyé plus tard.",
    ("SyncController", "Offline: no network. Your work is kept here and will be sent later."):
        f"Hors ligne{N}: pas de réseau. Ton travail est gardé ici et sera envoyé plus tard.",
    ("SyncController", "Syncing…"): "Synchronisation…",
    ("SyncController", "Waiting to sync."): "En attente de synchronisation.",
    ("SyncController", "Up to date."): "À jour.",
    ("SyncController", "Up to date. %1"): "À jour. %1",
    ("SyncController", "%1 bytes"): f"%1{N}octets",
    ("SyncController", "%1 KB"): f"%1{N}Ko",
    ("SyncController", "%1 MB"): f"%1{N}Mo",
    ("SyncController", "%1 GB"): f"%1{N}Go",
    ("SyncEngine", "A cap cannot be negative."): "Une limite ne peut pas être négative.",
    ("SyncEngine", "Could not save the data policy"): "Impossible d’enregistrer la règle de consommation",
    ("SyncEngine", "Sign in to a hub first (login)."): "Connectez-vous d’abord à un serveur (login).",
    ("SyncEngine", "\"%1\" is not a hub address: give one like https://hub.example.org or http://192.168.1.10:8080."):
        f"«{N}%1{N}» n’est pas une adresse de serveur{N}: donnez-en une comme https://hub.example.org ou http://192.168.1.10:8080.",
    ("SyncEngine", "This device already has a profile \"%1\" that is not the hub's %1. Rename or remove it, then sign in again."):
        f"Cet appareil a déjà un profil «{N}%1{N}» qui n’est pas le %1 du serveur. Renommez-le ou supprimez-le, puis reconnectez-vous.",
    ("SyncEngine", "Could not keep the sign-in"): "Impossible de garder la connexion",
    ("SyncEngine", "A sync of %1 is already running."): "Une synchronisation de %1 est déjà en cours.",
    ("SyncEngine", "A sync of %1 is already running on this device."): "Une synchronisation de %1 est déjà en cours sur cet appareil.",
    ("SyncEngine", "%1 has not signed in to a hub on this device: run login first."):
        f"%1 ne s’est pas connecté à un serveur sur cet appareil{N}: lancez d’abord login.",
    ("SyncEngine", "Could not record the sync"): "Impossible d’enregistrer la synchronisation",
    ("SyncEngine", "Could not queue a file for sending"): "Impossible de mettre un fichier en attente d’envoi",
    ("SyncEngine", "Could not record when the hub received a submission"): "Impossible d’enregistrer quand le serveur a reçu un devoir",
    ("SyncEngine", "Could not queue a file for download"): "Impossible de mettre un fichier en attente de téléchargement",
    ("SyncEngine", "Could not record how far the sync got"): "Impossible d’enregistrer où en est la synchronisation",
    ("SyncEngine", "Files wait for next month: this month's data cap (%1 MB) would be passed."):
        f"Les fichiers attendent le mois prochain{N}: la limite de données du mois (%1{N}Mo) serait dépassée.",
    ("SyncEngine", "Could not update the file queue"): "Impossible de mettre à jour la file des fichiers",
    ("SyncEngine", "Could not store a downloaded file: %1"): f"Impossible d’enregistrer un fichier téléchargé{N}: %1",
    ("SyncEngine", "its hash changed"): "son empreinte a changé",
    ("SyncEngine", "Could not record a downloaded file"): "Impossible d’enregistrer un fichier téléchargé",
    ("SyncReport", "Sent %1 change(s), received %2; %3 bytes up, %4 bytes down in %5 request(s); media: %6 fetched, %7 sent, %8 waiting; %9 ms."):
        f"%1 modification(s) envoyée(s), %2 reçue(s){N}; %3 octets envoyés, %4 octets reçus en %5 requête(s){N}; fichiers{N}: %6 reçu(s), %7 envoyé(s), %8 en attente{N}; %9{N}ms.",
    ("SyncReport", "%1 change(s) refused by the hub: see status."): f"%1 modification(s) refusée(s) par le serveur{N}: voir status.",
    ("SyncRoundTrip", "The hub's answer arrived damaged; the sync will try again."):
        f"La réponse du serveur est arrivée abîmée{N}; la synchronisation va réessayer.",
    ("UploadRequest", "Could not read the file to send (%1)."): "Impossible de lire le fichier à envoyer (%1).",
    ("UploadRequest", "Could not read the file to send."): "Impossible de lire le fichier à envoyer.",
    ("UploadRequest", "The upload did not complete; it will resume at the next sync."):
        f"L’envoi n’est pas allé au bout{N}; il reprendra à la prochaine synchronisation.",
})

# English plural forms (the English file only needs the %n messages).
EN_PLURALS = {
    ("LessonCard", "%n attached file(s)"): ["%n attached file", "%n attached files"],
    ("LessonList", "%n lesson(s)"): ["%n lesson", "%n lessons"],
    ("PdfViewerPage", "%1 · %n page(s)"): ["%1 · %n page", "%1 · %n pages"],
    ("SyncBar", "%n change(s) waiting to be sent"): ["%n change waiting to be sent", "%n changes waiting to be sent"],
    ("SyncBar", "%n file(s) waiting"): ["%n file waiting", "%n files waiting"],
    ("SyncBar", "%n refused by the hub"): ["%n refused by the hub", "%n refused by the hub"],
    ("SyncController", "Receiving: %n change(s) so far"): ["Receiving: %n change so far", "Receiving: %n changes so far"],
}

# Bundles and printed packs (issue 6, "Roads without internet").
FR.update({
    ("BundleCommand", "PIN for %1 (on your card): "): f"Code PIN de %1 (sur ta carte){N}: ",
    ("BundleCommand", "The pack has no student with the login code %1: check the card."): f"Le paquet ne contient aucun élève avec le code de connexion %1{N}: vérifiez la carte.",
    ("BundleCommand", "Write a pack for a USB stick: a teacher's pack for a class or one student, or a student's work to return."): f"Écrire un paquet pour une clé USB{N}: le paquet d’un professeur pour une classe ou un élève, ou le travail d’un élève à rendre.",
    ("BundleCommand", "The pack file to write."): "Le fichier du paquet à écrire.",
    ("BundleCommand", "A teacher: the class to pack. A student: the class the work is for."): f"Professeur{N}: la classe à mettre dans le paquet. Élève{N}: la classe à qui le travail est destiné.",
    ("BundleCommand", "A teacher: pack for this student only (login code or id), with their feedback."): f"Professeur{N}: un paquet pour cet élève seulement (code de connexion ou identifiant), avec ses retours.",
    ("BundleCommand", "Give either --class C (a class pack) or --student S (a pack for one student)."): "Indiquez soit --class C (paquet de classe), soit --student S (paquet pour un élève).",
    ("BundleCommand", "A student exports their own work: use --class C or nothing."): f"Un élève exporte son propre travail{N}: utilisez --class C ou rien.",
    ("BundleCommand", "Wrote %1 (%2 KB) for %3: %n change(s)"): [f"%1 écrit (%2{N}Ko) pour %3{N}: %n modification", f"%1 écrit (%2{N}Ko) pour %3{N}: %n modifications"],
    ("BundleCommand", ", %n file(s)."): [", %n fichier.", ", %n fichiers."],
    ("BundleCommand", "%n file(s) are not on this device yet and are not in the pack: sync first to include them."): [f"%n fichier n’est pas encore sur cet appareil et n’est pas dans le paquet{N}: synchronisez d’abord pour l’inclure.", f"%n fichiers ne sont pas encore sur cet appareil et ne sont pas dans le paquet{N}: synchronisez d’abord pour les inclure."],
    ("BundleCommand", "Bring in a pack from a USB stick: checked whole, applied whole, or refused with the reason."): f"Importer un paquet depuis une clé USB{N}: vérifié en entier, appliqué en entier, ou refusé avec la raison.",
    ("BundleCommand", "A student's first pack on this device: their login code (PIN on stdin)."): f"Premier paquet d’un élève sur cet appareil{N}: son code de connexion (code PIN sur l’entrée standard).",
    ("BundleCommand", "You confirm that this person really uses a new device."): "Vous confirmez que cette personne utilise vraiment un nouvel appareil.",
    ("BundleCommand", "Nothing new in this pack from %1: it was already here."): f"Rien de nouveau dans ce paquet de %1{N}: tout était déjà là.",
    ("BundleCommand", "Imported the pack from %1 for %2: %3 changes (%4 already here), %5 new files."): f"Paquet de %1 importé pour %2{N}: %3 modifications (%4 déjà présentes), %5 nouveaux fichiers.",
    ("BundleCommand", "%n change(s) will be sent to the hub at the next sync."): ["%n modification sera envoyée au serveur à la prochaine synchronisation.", "%n modifications seront envoyées au serveur à la prochaine synchronisation."],
    ("BundleCommand", "Now trusting the device of %1."): "L’appareil de %1 est désormais reconnu.",
    ("BundleExporter", "Could not read the %1 rows"): "Impossible de lire les données (%1)",
    ("BundleExporter", "The %1 %2 cannot be packed: %3"): f"Impossible de mettre %1 %2 dans le paquet{N}: %3",
    ("BundleExporter", "Only a teacher can export a pack for a student."): "Seul un professeur peut exporter un paquet pour un élève.",
    ("BundleExporter", "%1 is not a student of a class you teach: check the login code with \"student list\"."): f"%1 n’est pas élève d’une de vos classes{N}: vérifiez le code de connexion avec «{N}student list{N}».",
    ("BundleExporter", "%1 is in several of your classes: say which one with --class."): f"%1 est dans plusieurs de vos classes{N}: précisez laquelle avec --class.",
    ("BundleExporter", "No profile is selected: choose who you are first (profile switch)."): f"Aucun profil n’est choisi{N}: indiquez d’abord qui vous êtes (profile switch).",
    ("BundleExporter", "There is no class %1 here: check the id with \"class list\"."): f"Il n’y a pas de classe %1 ici{N}: vérifiez l’identifiant avec «{N}class list{N}».",
    ("BundleExporter", "Only a teacher of this class can export its pack."): "Seul un professeur de cette classe peut exporter son paquet.",
    ("BundleExporter", "Only a student exports a return pack (their work for the teacher)."): "Seul un élève exporte un paquet de retour (son travail pour le professeur).",
    ("BundleExporter", "You are in no class on this device: import your class pack first."): f"Tu n’es dans aucune classe sur cet appareil{N}: importe d’abord le paquet de ta classe.",
    ("BundleExporter", "You are in several classes: say which one the pack is for with --class."): f"Tu es dans plusieurs classes{N}: indique avec --class à quelle classe le paquet est destiné.",
    ("BundleExporter", "You are not in the class %1 on this device."): "Tu n’es pas dans la classe %1 sur cet appareil.",
    ("BundleFile", "Could not create %1: %2"): f"Impossible de créer %1{N}: %2",
    ("BundleFile", "Could not write the bundle %1: %2"): f"Impossible d’écrire le paquet %1{N}: %2",
    ("BundleFile", "Could not write the bundle %1: check that the folder is writable and the disk not full."): f"Impossible d’écrire le paquet %1{N}: vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.",
    ("BundleFile", "Could not seal the bundle %1: %2"): f"Impossible de sceller le paquet %1{N}: %2",
    ("BundleFile", "Could not seal the bundle %1: its seal value is not unique in the file."): f"Impossible de sceller le paquet %1{N}: la valeur de son sceau n’est pas unique dans le fichier.",
    ("BundleFile", "Could not open %1: %2"): f"Impossible d’ouvrir %1{N}: %2",
    ("BundleFile", "%1 is too large to be a bundle (%2 MB)."): f"%1 est trop gros pour être un paquet (%2{N}Mo).",
    ("BundleFile", "Could not read all of %1: %2"): f"Impossible de lire %1 en entier{N}: %2",
    ("BundleFile", "%1 is not a Continuité bundle (it is not a SQLite file)."): "%1 n’est pas un paquet Continuité (ce n’est pas un fichier SQLite).",
    ("BundleFile", "Could not make a temporary folder to check %1."): "Impossible de créer un dossier temporaire pour vérifier %1.",
    ("BundleFile", "Could not copy %1 to check it: %2"): f"Impossible de copier %1 pour le vérifier{N}: %2",
    ("BundleFile", "%1 is damaged or incomplete (was it copied whole? copy it again from the sending device)."): f"%1 est abîmé ou incomplet (a-t-il été copié en entier{N}? copiez-le de nouveau depuis l’appareil qui l’a envoyé).",
    ("BundleFile", "%1 is not a Continuité bundle, or it is damaged."): "%1 n’est pas un paquet Continuité, ou il est abîmé.",
    ("BundleFile", "%1 is not a Continuité bundle."): "%1 n’est pas un paquet Continuité.",
    ("BundleFile", "%1 was made by another version of Continuité (bundle format %2, this one reads %3): update the app."): f"%1 a été fait par une autre version de Continuité (format de paquet %2, celle-ci lit le %3){N}: mettez l’application à jour.",
    ("BundleFile", "%1 was changed or cut short after it was made (its SHA-256 does not match): it is refused whole. Copy it again from the sending device."): f"%1 a été modifié ou tronqué après sa création (son SHA-256 ne correspond pas){N}: il est refusé en entier. Copiez-le de nouveau depuis l’appareil qui l’a envoyé.",
    ("BundleFile", "%1 is a kind of bundle this app does not know (\"%2\")."): f"%1 est un type de paquet que cette application ne connaît pas («{N}%2{N}»).",
    ("BundleFile", "%1 has an invalid manifest (who made it, or for whom)."): "%1 a un manifeste invalide (qui l’a fait, ou pour qui).",
    ("BundleFile", "%1 holds an invalid change (%2): it is refused whole."): f"%1 contient une modification invalide (%2){N}: il est refusé en entier.",
    ("BundleFile", "%1 does not hold what its manifest says (changes, files or keys are missing): it is refused whole."): f"%1 ne contient pas ce qu’annonce son manifeste (modifications, fichiers ou clés manquants){N}: il est refusé en entier.",
    ("BundleImporter", "The pack's manifest and its device keys disagree about who made it: it is refused whole."): f"Le manifeste du paquet et ses clés d’appareil ne disent pas la même chose sur son auteur{N}: il est refusé en entier.",
    ("BundleImporter", "The change %1 was signed by a device the pack does not name: it is refused whole."): f"La modification %1 a été signée par un appareil que le paquet ne nomme pas{N}: il est refusé en entier.",
    ("BundleImporter", "The change %1 claims an author whose device did not sign it: it is refused whole."): f"La modification %1 se réclame d’un auteur dont l’appareil ne l’a pas signée{N}: le paquet est refusé en entier.",
    ("BundleImporter", "The change %1 does not carry a valid signature of its device: it was altered or forged. The pack is refused whole."): f"La modification %1 ne porte pas une signature valide de son appareil{N}: elle a été altérée ou falsifiée. Le paquet est refusé en entier.",
    ("BundleImporter", "A file in the pack does not match its SHA-256 (%1): it is refused whole."): f"Un fichier du paquet ne correspond pas à son SHA-256 (%1){N}: le paquet est refusé en entier.",
    ("BundleImporter", "A file in the pack is larger than this device accepts (%1 MB)."): f"Un fichier du paquet est plus gros que ce que cet appareil accepte (%1{N}Mo).",
    ("BundleImporter", "This pack is for the class \"%1\", which no teacher on this device teaches: it is refused."): f"Ce paquet est pour la classe «{N}%1{N}», qu’aucun professeur de cet appareil n’enseigne{N}: il est refusé.",
    ("BundleImporter", "This pack was made by %1, who is not a student of the class \"%2\" on this device: it is refused."): f"Ce paquet a été fait par %1, qui n’est pas élève de la classe «{N}%2{N}» sur cet appareil{N}: il est refusé.",
    ("BundleImporter", "The pack was made by a student but carries a %1 (%2), which only a teacher may write: it is refused whole."): f"Le paquet a été fait par un élève mais contient un élément «{N}%1{N}» (%2), que seul un professeur peut écrire{N}: il est refusé en entier.",
    ("BundleImporter", "The change %1 is not %2's own work: a student's pack carries only their own. It is refused whole."): f"La modification %1 n’est pas le travail de %2{N}: le paquet d’un élève ne contient que le sien. Il est refusé en entier.",
    ("BundleImporter", "The change %1 is for another class than the pack: it is refused whole."): f"La modification %1 concerne une autre classe que le paquet{N}: il est refusé en entier.",
    ("BundleImporter", "The change %1 answers an assignment of another class: it is refused whole."): f"La modification %1 répond à un devoir d’une autre classe{N}: le paquet est refusé en entier.",
    ("BundleImporter", "This pack was made by %1, who is not a teacher of the class \"%2\": it is refused."): f"Ce paquet a été fait par %1, qui n’est pas professeur de la classe «{N}%2{N}»{N}: il est refusé.",
    ("BundleImporter", "A teacher's pack carries the change %1, which is not its teacher's: it is refused whole."): f"Le paquet d’un professeur contient la modification %1, qui n’est pas de ce professeur{N}: il est refusé en entier.",
    ("BundleImporter", "The pack carries the change %1, which belongs to another student: it is refused whole."): f"Le paquet contient la modification %1, qui appartient à un autre élève{N}: il est refusé en entier.",
    ("BundleImporter", "The pack carries a PIN hash (%1), which packs never do: it is refused whole."): f"Le paquet contient l’empreinte d’un code PIN (%1), ce que les paquets ne font jamais{N}: il est refusé en entier.",
    ("BundleImporter", "The change %1 would move a row of another class: it is refused whole."): f"La modification %1 déplacerait un élément d’une autre classe{N}: le paquet est refusé en entier.",
    ("BundleImporter", "This pack is for one student of the class \"%1\", who has no profile on this device: it is refused."): f"Ce paquet est destiné à un élève de la classe «{N}%1{N}» qui n’a pas de profil sur cet appareil{N}: il est refusé.",
    ("BundleImporter", "This pack is for the class \"%1\", and no one on this device is in it: it is refused."): f"Ce paquet est pour la classe «{N}%1{N}», et personne sur cet appareil n’en fait partie{N}: il est refusé.",
    ("BundleImporter", "The pack claims to come from this very device, with another key: it is forged and refused."): f"Le paquet prétend venir de cet appareil même, avec une autre clé{N}: il est falsifié et refusé.",
    ("BundleImporter", "The device %1 signs with another key than the one this device learnt from its first pack: the pack may be forged and is refused."): f"L’appareil %1 signe avec une autre clé que celle apprise de son premier paquet{N}: le paquet est peut-être falsifié et il est refusé.",
    ("BundleImporter", "%1 made this pack on a device this device has never seen. If %1 really changed device, confirm it and import again (--trust-new-device)."): "%1 a fait ce paquet sur un appareil jamais vu ici. Si %1 a vraiment changé d’appareil, confirmez-le et importez de nouveau (--trust-new-device).",
    ("BundleImporter", "Could not record the pack's files"): "Impossible d’enregistrer les fichiers du paquet",
    ("BundleImporter", "Could not remember the device keys"): "Impossible de retenir les clés des appareils",
    ("BundleImporter", "The pack could not be imported, nothing was changed: %1"): f"Le paquet n’a pas pu être importé, rien n’a été modifié{N}: %1",
    ("ChangeLog", "Could not queue the change for relay"): "Impossible de mettre la modification en attente de relais",
    ("PackPrinter", "Worksheets to print with this page:"): f"Fiches à imprimer avec cette page{N}:",
    ("PackPrinter", "Lesson %1: %2"): f"Leçon %1{N}: %2",
    ("PackPrinter", "Before class"): "Avant la classe",
    ("PackPrinter", "In class"): "En classe",
    ("PackPrinter", "After class"): "Après la classe",
    ("PackPrinter", "Assignment: %1"): f"Devoir{N}: %1",
    ("PackPrinter", "To hand in by %1"): "À rendre avant le %1",
    ("PackPrinter", "%n point(s)"): ["%n point", "%n points"],
    ("PackPrinter", "Answer:"): f"Réponse{N}:",
    ("PackPrinter", "Your answer:"): f"Ta réponse{N}:",
    ("PackPrinter", "There is no class %1 here: check the id with \"class list\"."): f"Il n’y a pas de classe %1 ici{N}: vérifiez l’identifiant avec «{N}class list{N}».",
    ("PackPrinter", "Only a teacher of this class can print its pack."): "Seul un professeur de cette classe peut imprimer son paquet.",
    ("PackPrinter", "The class has no students yet: add them first (student add)."): f"La classe n’a pas encore d’élèves{N}: ajoutez-les d’abord (student add).",
    ("PackPrinter", "%1 is not a student of this class."): "%1 n’est pas élève de cette classe.",
    ("PackPrinter", "%1 — %2"): "%1 — %2",
    ("PackPrinter", "Name:"): f"Nom{N}:",
    ("PackPrinter", "Login code:"): f"Code de connexion{N}:",
    ("PackPrinter", "PIN:"): f"Code PIN{N}:",
    ("PackPrinter", "on the card your teacher gave you"): "sur la carte donnée par ton professeur",
    ("PackPrinter", "Teacher:"): f"Professeur{N}:",
    ("PackPrinter", "%1 — class pack"): "%1 — paquet de la classe",
    ("PackPrinter", "Could not write %1: check that the folder is writable and the disk not full."): f"Impossible d’écrire %1{N}: vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.",
    ("Print", "Prints a class pack as a PDF: one section per student."): f"Imprime le paquet d’une classe en PDF{N}: une partie par élève.",
    ("Print", "The data folder (the store and its media)."): "Le dossier de données (les données et leurs médias).",
    ("Print", "The teacher's login (password on standard input or $CONTINUITE_SECRET)."): "L’identifiant du professeur (mot de passe sur l’entrée standard ou dans $CONTINUITE_SECRET).",
    ("Print", "The class (id)."): "La classe (identifiant).",
    ("Print", "Only this student (login code or id)."): "Seulement cet élève (code de connexion ou identifiant).",
    ("Print", "The PDF file to write."): "Le fichier PDF à écrire.",
    ("Print", "Usage: continuite-print --data DIR [--user LOGIN] --class C [--student S] --to FILE.pdf"): f"Utilisation{N}: continuite-print --data DIR [--user LOGIN] --class C [--student S] --to FILE.pdf",
    ("Print", "No profile is selected: add --user LOGIN."): f"Aucun profil n’est choisi{N}: ajoutez --user LOGIN.",
    ("Print", "Printed %1: %n student(s)"): [f"%1 imprimé{N}: %n élève", f"%1 imprimé{N}: %n élèves"],
    ("Print", "Print this worksheet too: %1"): f"Imprimez aussi cette fiche{N}: %1",
})
EN_PLURALS.update({
    ("BundleCommand", "Wrote %1 (%2 KB) for %3: %n change(s)"): ["Wrote %1 (%2 KB) for %3: %n change", "Wrote %1 (%2 KB) for %3: %n changes"],
    ("BundleCommand", ", %n file(s)."): [", %n file.", ", %n files."],
    ("BundleCommand", "%n file(s) are not on this device yet and are not in the pack: sync first to include them."): ["%n file is not on this device yet and is not in the pack: sync first to include it.", "%n files are not on this device yet and are not in the pack: sync first to include them."],
    ("BundleCommand", "%n change(s) will be sent to the hub at the next sync."): ["%n change will be sent to the hub at the next sync.", "%n changes will be sent to the hub at the next sync."],
    ("PackPrinter", "%n point(s)"): ["%n point", "%n points"],
    ("Print", "Printed %1: %n student(s)"): ["Printed %1: %n student", "Printed %1: %n students"],
})


def fill(path: Path, table: dict, only_numerus: bool = False) -> list:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            numerus = message.get("numerus") == "yes"
            if only_numerus and not numerus:
                continue
            translation = message.find("translation")
            value = table.get((name, source))
            if value is None:
                if translation.get("type") == "unfinished" and not only_numerus:
                    missing.append(f"{name}: {source}")
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if numerus:
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    here = Path(__file__).resolve().parent.parent
    missing = fill(here / "continuite_fr.ts", FR)
    fill(here / "continuite_en.ts", EN_PLURALS, only_numerus=True)
    for m in missing:
        print("untranslated:", m)
    sys.exit(1 if missing else 0)
