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
    ("Store", "Could not initialise the store"): "Impossible d’initialiser les données",
    ("Store", "Could not initialise the store: %1"): f"Impossible d’initialiser les données{N}: %1",
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

# English plural forms (the English file only needs the %n messages).
EN_PLURALS = {
    ("LessonCard", "%n attached file(s)"): ["%n attached file", "%n attached files"],
    ("LessonList", "%n lesson(s)"): ["%n lesson", "%n lessons"],
    ("PdfViewerPage", "%1 · %n page(s)"): ["%1 · %n page", "%1 · %n pages"],
}


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
