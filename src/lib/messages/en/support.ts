// The support pages: what stalking is, keeping evidence, phone safety and who can help. Written for someone who may
// be frightened and reading on a phone: short sentences, short lists, no blame. Everything here works offline, so
// there are phone numbers (tel: links) but no web addresses.
import { SETUP_CODE } from '$lib/safety/unlock-code';
import type { SupportContact, SupportMessages } from '../support-types';
import { spellDigits } from '../names';

/** The setup code as a caseworker says it and a person types it. */
const setupCode = spellDigits(SETUP_CODE);

const emergency: SupportContact = {
	label: 'Emergency',
	display: '999',
	tel: '999',
	callLabel: 'Call 999 in an emergency',
	details: [
		'Call 999 if you are in danger now, or if the person is near you or trying to get to you.',
		'If you cannot speak on a mobile: dial 999 and listen. Then press 55 when you are asked. This is called the Silent Solution. It tells the call handler that you need the police.',
		'Pressing 55 does not tell the police where you are. If you can, cough, tap the phone or whisper to answer their questions.'
	]
};

const contacts: readonly SupportContact[] = [
	emergency,
	{
		label: 'Police, when it is not an emergency',
		display: '101',
		tel: '101',
		callLabel: 'Call the police on 101 when it is not an emergency',
		details: [
			'Call 101 to report something that has already happened, or to give the police more information about a report.'
		]
	},
	{
		label: 'National Stalking Helpline',
		display: '0808 802 0300',
		tel: '08088020300',
		callLabel: 'Call the National Stalking Helpline on 0808 802 0300',
		details: [
			'Advice and support for anyone being stalked, and for people worried about someone else. Calls are free.'
		]
	},
	{
		label: 'Paladin National Stalking Advocacy Service',
		display: '020 3866 4107',
		tel: '02038664107',
		callLabel: 'Call Paladin on 020 3866 4107',
		details: [
			'Stalking advocates who can support you, help you stay safe and help you through the police and courts.'
		]
	},
	{
		label: 'Hertfordshire ISAC service (Safer Places)',
		display: '03301 025811',
		tel: '03301025811',
		callLabel: 'Call the Hertfordshire ISAC service on 03301 025811',
		details: [
			'For people in Hertfordshire, including people stalked by a partner or ex-partner. Open 24 hours a day, every day.',
			'You can refer yourself. A professional, such as a police officer, doctor or support worker, can also refer you.',
			'They offer support and advice, safety planning, help with the police and court, and counselling.'
		]
	}
];

export const supportMessages: SupportMessages = {
	heading: 'Help and support',
	intro:
		'Information to help you understand what is happening, keep a record and stay safe. These pages work without the internet.',
	backToTopics: 'Back to help topics',
	emergency: { text: 'If you are in danger now, call 999.', contact: emergency },
	pages: [
		{
			id: 'stalking',
			title: 'What counts as stalking',
			summary: 'The signs, and what the law says.',
			intro: [
				'Stalking is when someone keeps giving you attention you do not want, and it makes you feel scared, upset or unsafe.',
				'Stalking is a crime. It is not your fault, and you deserve to be safe.'
			],
			contacts: [],
			sections: [
				{
					heading: 'A way to recognise it: FOUR',
					body: [
						'Police and support services use the word FOUR. Stalking is behaviour that is:',
						{
							list: [
								'Fixated: they cannot seem to let go of you.',
								'Obsessive: they keep going, whatever you say or do.',
								'Unwanted: you did not ask for it and you do not want it.',
								'Repeated: it happens again and again.'
							]
						}
					]
				},
				{
					heading: 'What the law says',
					body: [
						'In England and Wales, the Protection from Harassment Act 1997 gives examples of what a stalker may do. They include:',
						{
							lettered: [
								{ letter: 'a', text: 'Following you.' },
								{
									letter: 'b',
									text: 'Contacting you, or trying to, in any way. For example calls, texts, messages, letters, gifts, or through other people.'
								},
								{
									letter: 'c',
									text: 'Posting or sharing things about you, or pretending to be you.'
								},
								{
									letter: 'd',
									text: 'Watching what you do on the internet, in email or in other messages.'
								},
								{
									letter: 'e',
									text: 'Hanging around a place where you are, or might be. This can be a public place or a private one.'
								},
								{ letter: 'f', text: 'Interfering with your things, such as your car, post or home.' },
								{ letter: 'g', text: 'Watching you or spying on you.' }
							]
						},
						'These are only examples. Other behaviour can count as stalking too.'
					]
				},
				{
					heading: 'How many times does it have to happen?',
					body: [
						'The law talks about a “course of conduct”. This can be as few as two incidents.',
						'One incident on its own may seem small. Written down together, they can show a pattern. That is why a diary helps.'
					]
				},
				{
					heading: 'It is not your fault',
					body: [
						'Nothing you did caused this, whoever the person is and whatever happened between you.',
						'You do not have to wait for it to get worse before you ask for help. If you feel scared, trust that feeling.',
						'You deserve to be safe.'
					]
				}
			]
		},
		{
			id: 'evidence',
			title: 'Keeping evidence',
			summary: 'What to write down and what to keep.',
			intro: [
				'A clear record helps the police and support services understand what is happening. It does not need to be perfect.'
			],
			contacts: [],
			sections: [
				{
					heading: 'What to write down',
					body: [
						'Each time something happens, write down:',
						{
							list: [
								'The date and time. If you are not sure, say so.',
								'Where it happened.',
								'What happened, and the exact words they used, if you can remember them.',
								'Who did it, or what they looked like. Add any car and its number plate.',
								'Anyone who saw or heard it, and how to contact them.',
								'How it made you feel.',
								'Anything you changed because of it, such as your route, your routine or your phone number.'
							]
						},
						'Write it down as soon as you can, while it is fresh. A few words now is fine. You can add more later.'
					]
				},
				{
					heading: 'Screenshots, messages and voicemails',
					body: [
						{
							list: [
								'Take screenshots that show the date, the time and the sender’s name or number.',
								'Keep the original messages, emails and voicemails too. Try not to delete them.',
								'If a message is set to disappear, take a screenshot as soon as you can.',
								'For social media, note the account name as well as what was posted.'
							]
						}
					]
				},
				{
					heading: 'Letters, gifts and other things',
					body: [
						{
							list: [
								'Keep them. Do not throw them away, even if you do not want them.',
								'Touch them as little as you can, and put them in a clean bag.',
								'Write on the bag when and where you found it.',
								'If something looks dangerous, do not touch it. Call 999.'
							]
						}
					]
				},
				{
					heading: 'Try not to reply',
					body: [
						'Try not to reply to the person or get into contact with them, even to ask them to stop. A reply can encourage them to carry on.',
						'If you have replied before, that is all right. It does not stop it being stalking.',
						'Your safety comes first. If blocking them helps you feel safer, do that. Take screenshots first if you can.'
					]
				},
				{
					heading: 'Reporting to the police',
					body: [
						'You can report stalking by calling 101, or 999 if you are in danger. You can report it even if you are not sure it counts.',
						'Each time you report, ask for the crime reference number. Write it in your diary, with the name of the officer you spoke to.'
					]
				}
			]
		},
		{
			id: 'phone',
			title: 'Keeping your phone safe',
			summary: 'Checks for your phone, and what the quick exit does.',
			intro: [
				'Someone who wants to know what you are doing may try to use your phone or your accounts. These checks can help.',
				'Only make changes that feel safe. If the person notices, it could make things worse. A helpline can help you plan what to do.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Shared accounts and family plans',
					body: [
						'If you share an account, a phone contract or a family plan with the person, they may be able to see your location, photos, messages or calendar.',
						'Check who is in any family group on your phone, and what you share with them.'
					]
				},
				{
					heading: 'Location sharing',
					body: [
						'Your location can be shared without you noticing. Look at the settings in:',
						{
							list: ['maps apps', 'find-my-phone apps', 'social media and messaging apps']
						},
						'Turn off sharing with anyone you do not want to know where you are, if it is safe to do so.'
					]
				},
				{
					heading: 'Devices signed in to your accounts',
					body: [
						'Your email, cloud and social media accounts can show a list of devices that are signed in. Look for any you do not recognise, and sign them out if it is safe to.',
						'Also check the backup email address and phone number on each account. They should be yours.'
					]
				},
				{
					heading: 'Changing passwords',
					body: [
						'Change your passwords from a device the person has never had access to. For example a new phone, or a trusted friend’s phone.',
						'Use a new password for each account, and turn on two-step checks (a code sent to your phone) if you can.'
					]
				},
				{
					heading: 'Spyware',
					body: [
						'Spyware is a hidden app that sends what you do on your phone to someone else. Signs can include:',
						{
							list: [
								'the person knows things they could only know from your phone',
								'the battery runs down much faster than before',
								'the phone gets hot or uses more data when you are not using it'
							]
						},
						'If you think there is spyware on your phone, it may be able to see what you type here too.',
						'Removing it may warn the person, and it may be evidence. A specialist can help. The National Stalking Helpline or your caseworker can help you find one.'
					]
				},
				{
					heading: 'Hidden trackers',
					body: [
						'Small tracking tags, like the ones people use to find their keys, can be hidden in bags, coats, cars or children’s things.',
						'Your phone may warn you that an unknown tracker is moving with you. If you find one, keep it as evidence and tell the police.'
					]
				},
				{
					heading: 'Your calculator code',
					body: [
						'Choose digits that mean nothing to anyone else. Do not use your bank card PIN, your phone’s PIN, or a date that someone could guess, such as a birthday.',
						'The code only hides the diary: your passphrase is what locks it. But someone who copies what this phone stores could work out a short code by trying every number. If it were also your PIN, they would know that too.'
					]
				},
				{
					heading: 'What the quick exit does',
					body: [
						{
							list: [
								'It covers the screen straight away.',
								'It locks your diary.',
								'It opens a different website.',
								'If someone presses Back, they see the calculator.'
							]
						},
						'On a keyboard, pressing Shift three times does the same.'
					]
				},
				{
					heading: 'What the quick exit cannot do',
					body: [
						{
							list: [
								'It cannot remove other websites from your browser history. You may want to delete those yourself, if it is safe to.',
								'It cannot protect you from spyware that is already on the phone.',
								'It cannot help if someone forces you to unlock your phone or your diary. If that happens, your safety comes first.'
							]
						}
					]
				}
			]
		},
		{
			id: 'help',
			title: 'Who can help',
			summary: 'Phone numbers for the police and support services.',
			intro: [
				'You do not have to deal with this alone. These services understand stalking. You can call them even if you are not sure it is stalking.'
			],
			contacts,
			sections: [
				{
					heading: 'Outside Hertfordshire',
					body: [
						'If you live somewhere else, the National Stalking Helpline can tell you about support near you.'
					]
				},
				{
					heading: 'Your call history',
					body: [
						'Calls you make show in your phone’s list of recent calls. If someone checks your phone, you may want to remove a call from the list afterwards.'
					]
				}
			]
		},
		{
			id: 'caseworkers',
			title: 'For caseworkers',
			summary: 'How a person sets up the app, and how to open a file they share with you.',
			intro: [
				'The app’s web address opens as an ordinary, working calculator, even the first time. Nothing on it says what the app is for, so someone who finds the address in the browser history learns nothing.'
			],
			contacts: [],
			sections: [
				{
					heading: 'How a person sets it up',
					body: [
						`What to tell them, in one sentence: “Open the address, and on the calculator type ${setupCode}, then press equals.”`,
						{
							list: [
								'Open the web address in the phone’s browser. A calculator shows.',
								`Type ${setupCode} and then =. That is straight down the middle column of keys, twice.`,
								'Three short steps explain the app. Then they choose “Set up my diary”, a passphrase and their own calculator code.',
								'To keep it on the home screen, they can choose “Add to Home screen” or “Install” in the browser’s menu. It shows there as a calculator.'
							]
						},
						`Once a diary is set up on a phone, ${setupCode} does nothing on it: only the person’s own code opens the diary. The setup code cannot be chosen as their own code, because everyone who has these instructions knows it.`
					]
				},
				{
					heading: 'Opening a file someone shared with you',
					body: [
						`On your own device, open the same address, type ${setupCode} and =, then choose “Open a shared file”. You need the file and the passphrase they chose for it. Nothing from the file is kept on your device.`
					]
				},
				{
					heading: 'If their code stops opening the diary',
					body: [
						`Browsers sometimes clear what an app keeps, for example when a phone runs low on space. The code then does nothing, because the diary is no longer there. Typing ${setupCode} and = shows what happened and how to bring a backup back.`
					]
				}
			]
		}
	]
};
